/** Links to the plugin's own admin views, under the collections in the navigation. */
export function IntakeNavLinks() {
  return (
    <nav aria-label="Intag">
      <a href="/admin/intake">Intagskö</a>
      <a href="/admin/reports">Uppföljning</a>
    </nav>
  )
}
