// @vitest-environment jsdom
// A clinic with two places (tests/fixtures/site.ts twoPlaceSite) shows both everywhere content/site.yaml's
// locations reach: the footer, the contact page, the print footer, the MedicalClinic JSON-LD and the staff links
// page's addresses. A clinic with one place keeps the footer it had: the address and hours in the one list.
import { render, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { ContactPage } from '@/components/documents/ContactPage'
import { PrivacyPage } from '@/components/documents/PrivacyPage'
import { SiteFooter } from '@/components/layout/SiteFooter'
import { LocationAddresses } from '@/components/links/LocationAddresses'
import { PrintFooter } from '@/components/print/PrintFooter'
import { enquiry } from '@/lib/contact/enquiry'
import { fill } from '@/lib/i18n/fill'
import { contactWords } from '@/lib/i18n/words/contact'
import { privacyWords } from '@/lib/i18n/words/privacy'
import { formatAddress } from '@/lib/site/contact'
import type { SiteSettings } from '@/lib/site/schema'
import { serverHtml, testRegion } from '@/tests/fixtures/enhance'
import { testSite, twoPlaceSite } from '@/tests/fixtures/site'

const [town, city] = twoPlaceSite.locations as [SiteSettings['locations'][0], SiteSettings['locations'][0]]
/** Pages with a QR code (an async server component) render on the server, as the build does. */
async function renderServer(element: ReactElement) {
  document.body.innerHTML = await serverHtml(element)
  return { container: document.body }
}
const layout = (site: SiteSettings, path: string) => ({ site, topics: [], locale: 'en' as const, path })

describe('two places', () => {
  it('the footer lists each under its name, with its address, hours, own phone and map link', () => {
    render(<SiteFooter site={twoPlaceSite} articles={[]} locale="en" />)
    const places = screen.getAllByRole('heading', { level: 3 })
    expect(places.map((heading) => heading.textContent)).toEqual([town.name, city.name])
    const second = places[1]!.closest('li')!
    expect(second).toHaveTextContent(formatAddress(city))
    expect(second).toHaveTextContent(city.openingHours[1]!)
    expect(within(second).getByRole('link', { name: city.phone })).toHaveAttribute('href', 'tel:+441614960000')
    expect(within(second).getByRole('link', { name: /See it on a map/ })).toHaveAttribute('href', city.mapUrl)
    // The first place's number is the clinic's, shown once at the top.
    expect(screen.getAllByRole('link', { name: town.phone })).toHaveLength(1)
    expect(screen.getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '/contact')
    expect(screen.getByRole('link', { name: 'Privacy notice' })).toHaveAttribute('href', '/privacy')
  })

  it('the contact page has a section for each, at its own address', async () => {
    const { container } = await renderServer(
      <ContactPage region={testRegion} digits="latin" layout={layout(twoPlaceSite, '/contact')} />,
    )
    for (const place of [town, city]) {
      const heading = container.querySelector(`#${place.id}`)!
      expect(heading).toHaveTextContent(place.name)
      const card = heading.closest('li')!
      expect(card).toHaveTextContent(formatAddress(place))
      expect(within(card).getByRole('link', { name: place.phone })).toBeInTheDocument()
    }
    expect(
      container.querySelector(`#${city.id}`)!.closest('li')!.querySelector('a[href^="https://www.openstreetmap.org/"]'),
    ).toHaveAttribute('href', city.mapUrl)
    expect(
      screen.getByText(fill(contactWords.en.replyTime, { replyTime: twoPlaceSite.replyTime! })),
    ).toBeInTheDocument()
    const jsonLd = [...container.querySelectorAll('script[type="application/ld+json"]')]
      .map((script) => JSON.parse(script.textContent!) as { '@type': string; location?: { name: string }[] })
      .find((data) => data['@type'] === 'MedicalClinic')!
    expect(jsonLd.location!.map((place) => place.name)).toEqual([town.name, city.name])
  })

  it('the print footer gives each place’s name and address, and a place’s own phone', async () => {
    await renderServer(<PrintFooter site={twoPlaceSite} path="/contact" locale="en" />)
    const footer = document.querySelector('[data-print-footer]')!
    expect(footer).toHaveTextContent(`${town.name}: ${formatAddress(town)}`)
    expect(footer).toHaveTextContent(`${city.name}: ${formatAddress(city)}, Phone: ${city.phone}`)
  })

  it('the staff links page gives each place’s address to copy', () => {
    render(<LocationAddresses locations={twoPlaceSite.locations} locale="en" />)
    const items = screen.getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(items[0]).toHaveTextContent(formatAddress(town))
    expect(items[1]).toHaveTextContent(city.mapUrl!)
  })
})

describe('one place', () => {
  it('the footer keeps the address and hours in the one list, with no place heading', () => {
    render(<SiteFooter site={testSite} articles={[]} locale="en" />)
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([])
    const details = screen.getByRole('region', { name: `Contact ${testSite.name}` })
    expect(details.querySelectorAll('dl')).toHaveLength(1)
    expect(details).toHaveTextContent(formatAddress(testSite.locations[0]!))
  })
})

describe('the contact page’s ways to ask', () => {
  it('starts WhatsApp and email with the short message, asks for no health details, and says what happens next', async () => {
    await renderServer(<ContactPage region={testRegion} digits="latin" layout={layout(testSite, '/contact')} />)
    const message = enquiry('en', testSite)
    const whatsapp = new URL(screen.getByRole('link', { name: contactWords.en.whatsapp }).getAttribute('href')!)
    expect(whatsapp.searchParams.get('text')).toBe(message.text)
    const email = screen.getByRole('link', { name: contactWords.en.email }).getAttribute('href')!
    expect(new URLSearchParams(email.slice(email.indexOf('?') + 1)).get('body')).toBe(message.text)
    expect(screen.getByText(contactWords.en.noHealthDetails)).toBeInTheDocument()
    // No reply time written yet: the page does not make one up.
    expect(screen.getByText(contactWords.en.noReplyTime)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: /help urgently/ })).toBeInTheDocument()
  })
})

describe('the privacy notice', () => {
  it('says "ask us" for each value the clinic has not written, and the values once it has', () => {
    const { unmount } = render(<PrivacyPage region={testRegion} layout={layout(testSite, '/privacy')} />)
    for (const ask of [privacyWords.en.readByAsk, privacyWords.en.keptForAsk, privacyWords.en.controllerAsk])
      expect(screen.getByText(ask)).toBeInTheDocument()
    expect(screen.getByText(testRegion.dataProtection.rights)).toBeInTheDocument()
    unmount()
    render(<PrivacyPage region={testRegion} layout={layout(twoPlaceSite, '/privacy')} />)
    const { readBy, keptFor, controller, email } = twoPlaceSite.privacy
    expect(screen.getByText(fill(privacyWords.en.readBy, { readBy: readBy! }))).toBeInTheDocument()
    expect(screen.getByText(fill(privacyWords.en.keptFor, { keptFor: keptFor! }))).toBeInTheDocument()
    expect(screen.getByText(fill(privacyWords.en.controller, { controller: controller! }))).toBeInTheDocument()
    expect(screen.getByRole('link', { name: email! })).toHaveAttribute('href', `mailto:${email}`)
    expect(screen.queryByText(privacyWords.en.readByAsk)).toBeNull()
  })
})
