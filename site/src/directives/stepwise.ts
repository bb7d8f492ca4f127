import type { ClientDirective } from 'astro'

/**
 * `client:stepwise`: `client:load` in two tasks. The island's scripts are evaluated in one, the
 * component hydrated in the next, so that the browser can paint and answer input in between: on a
 * phone each is a shorter hold on the main thread than the two together.
 */
const stepwise: ClientDirective = async (load) => {
  const hydrate = await load()
  await new Promise((resolve) => setTimeout(resolve))
  await hydrate()
}

export default stepwise

declare module 'astro' {
  interface AstroClientDirectives {
    'client:stepwise'?: boolean
  }
}
