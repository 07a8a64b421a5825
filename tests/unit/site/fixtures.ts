import type { SiteSettings } from '@/lib/site/schema'

/** Valid clinic settings for tests that need a clinic but not the real one in content/site.yaml. */
export const testSite: SiteSettings = {
  name: 'Test Clinic',
  shortName: 'Test',
  url: 'https://clinic.example',
  countryCode: 'GB',
  phone: '+44 20 7946 0000',
  whatsapp: '+447700900123',
  email: 'hello@clinic.example',
  address: { street: '1 Road', locality: 'Town', postalCode: 'AB1 2CD', country: 'United Kingdom' },
  openingHours: ['Monday: 9am to 5pm'],
}
