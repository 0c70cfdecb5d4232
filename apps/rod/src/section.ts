import { ref } from 'vue'
import { defineStore } from 'pinia'
import { useRouter } from 'vue-router'
import { useI18n } from 'vue-i18n'
import { defineSection } from '@duo/portal-sdk'
import meta from './section.meta'
import { routes } from './routes'
import nl from './i18n/nl.json'
import en from './i18n/en.json'

export default defineSection({
  meta,
  routes,
  messages: { nl, en },
  runtime: { ref, defineStore, useRouter, useI18n },
})
