/** Select options from one of the domain's closed lists; the value doubles as the admin label. */
export const options = (values: readonly string[]) => values.map((value) => ({ label: value, value }))
