/** Demo staff accounts for local use: one per role. Never created when NODE_ENV is production. */
export const demoUsers = [
  {
    email: 'admin@stodportalen.example',
    password: 'demo-admin-2026',
    name: 'Demo Administratör',
    role: 'admin',
    services: [],
  },
  {
    email: 'redaktor@stodportalen.example',
    password: 'demo-redaktor-2026',
    name: 'Demo Redaktör',
    role: 'editor',
    services: [],
  },
  {
    email: 'intag.ips@stodportalen.example',
    password: 'demo-intag-2026',
    name: 'Demo Intag IPS och SEd',
    role: 'intake',
    services: ['ips', 'sed'],
  },
  {
    email: 'intag.se@stodportalen.example',
    password: 'demo-intag-se-2026',
    name: 'Demo Intag SE',
    role: 'intake',
    services: ['se'],
  },
] as const
