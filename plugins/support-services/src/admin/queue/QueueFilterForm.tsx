import {
  openStatuses,
  queueListLabels,
  referralFlagLabels,
  statusLabels,
  queueViewTexts as texts,
} from '../../domain'
import { type IntakeQueue, queueFlags, queueLists } from '../../operations/intakeQueue'
import { FilterActions } from '../FilterActions'

/**
 * The filters as a plain GET form: native controls, so it works without JavaScript and with the
 * keyboard, styled with Payload's field label and input variables.
 */
export function QueueFilterForm({ queue, viewUrl }: { queue: IntakeQueue; viewUrl: string }) {
  const { filters } = queue
  // A service or caseworker chosen before the unit narrowed the lists still filters the rows: say so,
  // without naming them, rather than let the list fall back to "all" (browsers show the first option).
  const outsideService =
    filters.service !== null && !queue.services.some((s) => s.id === filters.service)
      ? filters.service
      : null
  const outsideAssignee =
    typeof filters.assignee === 'number' && !queue.assignees.some((a) => a.id === filters.assignee)
      ? filters.assignee
      : null
  return (
    <form
      method="get"
      action={viewUrl}
      className="intake-queue__filters"
      aria-labelledby="intake-queue-filters"
    >
      <h2 id="intake-queue-filters">{texts.filtersHeading}</h2>
      <div className="intake-queue__fields">
        {/* Only accounts that see several units choose one; the counts above follow the choice. */}
        {queue.units.length > 1 && (
          <div className="intake-queue__field">
            <label className="field-label" htmlFor="intake-queue-unit">
              {texts.unit}
            </label>
            <select id="intake-queue-unit" name="unit" defaultValue={filters.unit ?? ''}>
              <option value="">{texts.allUnits}</option>
              {queue.units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="intake-queue__field">
          <label className="field-label" htmlFor="intake-queue-service">
            {texts.service}
          </label>
          <select id="intake-queue-service" name="service" defaultValue={filters.service ?? ''}>
            <option value="">{texts.allServices}</option>
            {queue.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
            {outsideService !== null && (
              <option value={outsideService}>{texts.outsideService}</option>
            )}
          </select>
        </div>
        <div className="intake-queue__field">
          <label className="field-label" htmlFor="intake-queue-status">
            {texts.list}
          </label>
          <select id="intake-queue-status" name="status" defaultValue={filters.status}>
            <optgroup label={texts.statusGroup}>
              {queueLists.map((list) => (
                <option key={list} value={list}>
                  {queueListLabels[list]}
                </option>
              ))}
            </optgroup>
            <optgroup label={texts.singleStatus}>
              {openStatuses.map((status) => (
                <option key={status} value={status}>
                  {statusLabels[status]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        <div className="intake-queue__field">
          <label className="field-label" htmlFor="intake-queue-assignee">
            {texts.assignee}
          </label>
          <select id="intake-queue-assignee" name="assignee" defaultValue={filters.assignee ?? ''}>
            <option value="">{texts.anyAssignee}</option>
            <option value="me">{texts.assignedToMe}</option>
            <option value="none">{texts.unassigned}</option>
            {queue.assignees.map((user) => (
              <option key={user.id} value={user.id}>
                {user.label}
              </option>
            ))}
            {outsideAssignee !== null && (
              <option value={outsideAssignee}>{texts.outsideAssignee}</option>
            )}
          </select>
        </div>
      </div>
      <fieldset className="intake-queue__flags">
        <legend className="field-label">{texts.flags}</legend>
        {queueFlags.map((flag) => (
          <label key={flag} className="intake-queue__flag">
            <input
              type="checkbox"
              name="flags"
              value={flag}
              defaultChecked={filters.flags.includes(flag)}
            />
            {referralFlagLabels[flag]}
          </label>
        ))}
      </fieldset>
      <FilterActions viewUrl={viewUrl} apply={texts.apply} clear={texts.clear} />
    </form>
  )
}
