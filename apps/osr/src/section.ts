import * as vue from 'vue'
import * as pinia from 'pinia'
import * as vueRouter from 'vue-router'
import * as vueI18n from 'vue-i18n'
import { defineSection } from '@duo/portal-sdk'
import meta from './section.meta'
import { routes } from './routes'
import nl from './i18n/nl.json'
import en from './i18n/en.json'

export default defineSection({ meta, routes, messages: { nl, en }, runtime: { vue, pinia, vueRouter, vueI18n } })
