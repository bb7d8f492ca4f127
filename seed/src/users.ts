import { goteborgSlugs } from '../data/services'
import { enkopingHaboUnit, goteborgUnits, uppsalaUnit } from '../data/units'

/** Demo staff accounts for local use: one per role. Never created when NODE_ENV is production. */
const uppsala = uppsalaUnit.name
const enkopingHabo = enkopingHaboUnit.name

/** Demo accounts (never created in production): a central admin, and staff of each unit. */
export const demoUsers = [
  {
    email: 'admin@stodportalen.example',
    password: 'demo-admin-2026',
    name: 'Demo Administratör',
    role: 'admin',
    units: [],
    services: [],
  },
  {
    email: 'redaktor@stodportalen.example',
    password: 'demo-redaktor-2026',
    name: 'Demo Redaktör',
    role: 'editor',
    units: [uppsala],
    services: [],
  },
  {
    email: 'intag.ips@stodportalen.example',
    password: 'demo-intag-2026',
    name: 'Demo Intag IPS och SEd',
    role: 'intake',
    units: [uppsala],
    services: ['ips', 'sed'],
  },
  {
    email: 'intag.se@stodportalen.example',
    password: 'demo-intag-se-2026',
    name: 'Demo Intag SE',
    role: 'intake',
    units: [uppsala],
    services: ['se'],
  },
  {
    email: 'enhetschef.uppsala@stodportalen.example',
    password: 'demo-enhetschef-2026',
    name: 'Demo Enhetschef Uppsala',
    role: 'unitAdmin',
    units: [uppsala],
    services: ['ips', 'sed', 'se'],
  },
  {
    email: 'enhetschef.enkoping-habo@stodportalen.example',
    password: 'demo-enhetschef-eh-2026',
    name: 'Demo Enhetschef Enköping–Håbo',
    role: 'unitAdmin',
    units: [enkopingHabo],
    services: ['ips-enkoping-habo'],
  },
  {
    email: 'intag.enkoping-habo@stodportalen.example',
    password: 'demo-intag-eh-2026',
    name: 'Demo Intag Enköping–Håbo',
    role: 'intake',
    units: [enkopingHabo],
    services: ['ips-enkoping-habo'],
  },
  // One intake account per Göteborg unit, for its own service only.
  ...goteborgUnits.map((unit, i) => {
    const part = goteborgSlugs[i].replace('ips-goteborg-', '')
    return {
      email: `intag.goteborg-${part}@stodportalen.example`,
      password: `demo-intag-gbg-${part}-2026`,
      name: `Demo Intag ${unit.name.replace('Arbetsmarknadsenheten ', '')}`,
      role: 'intake',
      units: [unit.name],
      services: [goteborgSlugs[i]],
    } as const
  }),
] as const
