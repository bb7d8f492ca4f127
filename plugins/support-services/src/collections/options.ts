import { messages } from '../domain'

/**
 * Select options from one of the domain's closed lists, labelled with the Swedish texts residents see
 * (`options.<field>.<value>` in the catalog) when `field` is given; otherwise the value is the label.
 */
export const options = (values: readonly string[], field?: string) =>
  values.map((value) => ({
    value,
    label: (field && messages.sv[`options.${field}.${value}`]) || value,
  }))
