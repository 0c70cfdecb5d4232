// Types of portal.mjs, for the browser tests that start the portal with it.
export interface PortalPorts {
  bff: number
  idp: number
  /** The mail catcher: SMTP and its web page. */
  smtp: number
  mail: number
  sections: Record<string, number>
}

export interface RunningPortal {
  ports: PortalPorts
  url: string
  issuer: string
  sectionList: Array<{ id: string; manifestUrl: string }>
  /** The mail catcher's page (`/` lists the mails, `/api/mails` as JSON); null with an own `DUO_SMTP_URL`. */
  mailUrl: string | null
  /** Stops one section's server; the returned function starts it again (or hanging, or from another folder). */
  stopSection(
    id: string,
  ): Promise<(how?: { mode?: 'serve' | 'hang'; dir?: string }) => Promise<void>>
  stop(): Promise<void>
}

export function startPortal(options?: {
  base?: number
  dataDir?: string
  env?: Record<string, string>
  log?: (line: string) => void
}): Promise<RunningPortal>
