import { describe, expect, it } from 'vitest'
import { remoteEntryUrl } from './remote-loader'

const manifest = (metaData: object) => ({ metaData })

describe('remoteEntryUrl', () => {
  it('resolves the remote entry beside the manifest when the public path is automatic', () => {
    const url = 'https://cdn.example/helpdesk/v1.2.0/mf-manifest.json'
    expect(
      remoteEntryUrl(
        url,
        manifest({ publicPath: 'auto', remoteEntry: { name: 'remoteEntry.js', path: '' } }),
      ),
    ).toBe('https://cdn.example/helpdesk/v1.2.0/remoteEntry.js')
    expect(
      remoteEntryUrl(url, manifest({ remoteEntry: { name: 'remoteEntry.js', path: 'js' } })),
    ).toBe('https://cdn.example/helpdesk/v1.2.0/js/remoteEntry.js')
  })

  it('uses a public path the section was built with', () => {
    expect(
      remoteEntryUrl(
        'https://cdn.example/helpdesk/mf-manifest.json',
        manifest({
          publicPath: 'https://static.example/hd/',
          remoteEntry: { name: 'remoteEntry.js', path: '' },
        }),
      ),
    ).toBe('https://static.example/hd/remoteEntry.js')
  })

  it('gives null for a manifest without a remote entry', () => {
    expect(remoteEntryUrl('https://x.example/mf-manifest.json', {})).toBeNull()
    expect(remoteEntryUrl('https://x.example/mf-manifest.json', null)).toBeNull()
  })
})
