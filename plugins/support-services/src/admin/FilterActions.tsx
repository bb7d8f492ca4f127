import { Button } from '@payloadcms/ui'

/** The end of a staff view's GET filter form: apply, and clear (the view without a query). */
export function FilterActions({
  viewUrl,
  apply,
  clear,
}: {
  viewUrl: string
  apply: string
  clear: string
}) {
  return (
    <div className="intake-queue__actions">
      <Button type="submit" buttonStyle="primary" size="medium" margin={false}>
        {apply}
      </Button>
      <Button el="anchor" url={viewUrl} buttonStyle="secondary" size="medium" margin={false}>
        {clear}
      </Button>
    </div>
  )
}
