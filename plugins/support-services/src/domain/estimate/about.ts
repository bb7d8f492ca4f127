/**
 * What is said beside the estimate's figures, on the page and in every export: the method, the range,
 * the parameters with their sources, the assumptions and who was left out. Exports leave the staff
 * room: they give the number of people left out for lack of data, masked, never a reference number.
 */
import type { ShownCell } from '../report'
import type { EstimateMissing, SocioEconomicEstimate } from './compute'
import type { EstimateParameterKey, EstimateParameters } from './parameters'
import type { MaskedEstimateTable } from './tables'

import { publicCount } from '../queue'
import { formatPublicCount } from '../report'
import { estimateMissingLabels } from './compute'
import { estimateParameterKeys, estimateParameterLabels } from './parameters'

export const estimateHeading = 'Samhällsekonomisk kalkyl'

export const estimateIntro =
  'Enligt metoden i Hudiksvalls utvärdering av IPS [003], tabell 3 och 4. Ett ungefärligt värde per år, inte ett utfall: antagandena står under tabellerna.'

/** The method's own assumptions, from [003], beside the editable parameters. */
export const estimateAssumptions = [
  'Räknas för deltagare som gick från offentlig försörjning (försörjningsstöd, sjuk- eller aktivitetsersättning, aktivitetsstöd) till arbete eller studier under perioden och inte hade slutat vid periodens slut.',
  'Hela ersättningen före antas upphöra, och läget antas bestå ett år (12 månader, 52 veckor). [003] antar att minst hälften behåller sin försörjning över tid.',
  'Skatten före räknas med samma skattesats på skattepliktig ersättning (försörjningsstöd är skattefritt). Vid studier räknas ingen ändring av skatten, som i [003].',
  'Produktionsvärdet är lönen med arbetsgivarens avgifter och tillförs BNP; det är ingen besparing i offentliga finanser och ingår därför bara i det höga värdet.',
  'Lönestöd räknas av i sin helhet i båda värdena. Minskat boendestöd är frigjord tid för andra brukare, inte en minskad kostnad för personalen.',
  'Inga andra effekter räknas (handläggning, vård), och ingen jämförelse med vad som hade hänt utan stödet görs.',
]

/** A parameter as the page writes it: the tax rate in per cent, the others with a decimal comma. */
export const estimateParameterText = (key: EstimateParameterKey, value: number) =>
  key === 'taxRate'
    ? `${(value * 100).toLocaleString('sv-SE', { maximumFractionDigits: 2 })} %`
    : value.toLocaleString('sv-SE', { maximumFractionDigits: 2 })

/** Said when no parameters were saved for the year, so [003]'s figures stand in. */
export const estimateAssumedNote = (year: number) =>
  `Inga parametrar är sparade för ${year}: kalkylen använder antagandena från [003]. En administratör kan ange årets värden under Kalkylparametrar.`

export const estimateRangeLabels = {
  low: 'Lågt: offentliga finanser, kr per år',
  high: 'Högt: med produktionsvärdet, kr per år',
} as const

/** Said of the people who started from something else than public support, masked. */
export const notFromSupportText = (people: number) =>
  `Inte med i kalkylen: ${formatPublicCount(publicCount(people))} personer som började arbeta eller studera men inte hade offentlig försörjning före.`

/** The kinds of data the people left out lacked, in the order of the labels. */
const lackedKinds = (missing: SocioEconomicEstimate['missing']): EstimateMissing[] =>
  (Object.keys(estimateMissingLabels) as EstimateMissing[]).filter((kind) =>
    missing.some((m) => m.lacks.includes(kind)),
  )

/** Said in an export of the people left out for lack of data: how many (masked) and what they lacked. */
export const missingDataText = (missing: SocioEconomicEstimate['missing']) =>
  `Saknar uppgifter och är inte med i kalkylen: ${formatPublicCount(publicCount(missing.length))} personer som började arbeta eller studera under perioden (saknas: ${lackedKinds(
    missing,
  )
    .map((kind) => estimateMissingLabels[kind])
    .join(
      ', ',
    )}). Vilka det gäller visas bara på rapportsidan, för personalen att fylla i uppgifterna i ärendet.`

export interface EstimateParameterLine {
  key: EstimateParameterKey
  label: string
  value: number
  /** As the page writes it ("33 %", "1,4"). */
  text: string
  assumed: boolean
  source: string
}

/** Everything an export writes beside the estimate's tables; the range as the masked table shows it. */
export interface EstimateNotes {
  heading: string
  intro: string
  range: { key: 'low' | 'high'; label: string; cell: ShownCell }[]
  parametersHeading: string
  assumedNote: string | null
  parameters: EstimateParameterLine[]
  leftOut: string[]
  assumptions: string[]
}

/** A row's amount a year in the masked effects table, and its column (hidden there, hidden here). */
export const effectsCell = (tables: readonly MaskedEstimateTable[], rowKey: string) => {
  const effects = tables.find((t) => t.id === 'estimate-effects')!
  const r = effects.rows.findIndex((row) => row.key === rowKey)
  const c = effects.columns.findIndex((column) => column.key === 'yearly')
  return { cell: effects.cells[r][c], column: effects.columns[c] }
}

export function estimateNotes(
  estimate: SocioEconomicEstimate,
  parameters: EstimateParameters,
  tables: readonly MaskedEstimateTable[],
): EstimateNotes {
  return {
    heading: estimateHeading,
    intro: estimateIntro,
    range: (['low', 'high'] as const).map((key) => ({
      key,
      label: estimateRangeLabels[key],
      cell: effectsCell(tables, key).cell,
    })),
    parametersHeading: `Parametrar för ${parameters.year}`,
    assumedNote: parameters.assumed ? estimateAssumedNote(parameters.year) : null,
    parameters: estimateParameterKeys.map((key) => ({
      key,
      label: estimateParameterLabels[key],
      value: parameters[key].value,
      text: estimateParameterText(key, parameters[key].value),
      assumed: parameters.assumed,
      source: parameters[key].source,
    })),
    leftOut: [
      ...(estimate.notFromSupport > 0 ? [notFromSupportText(estimate.notFromSupport)] : []),
      ...(estimate.missing.length ? [missingDataText(estimate.missing)] : []),
    ],
    assumptions: estimateAssumptions,
  }
}
