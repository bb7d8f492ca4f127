/** The part of autocannon 9's programmatic API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  export interface Histogram {
    average: number
    mean: number
    stddev: number
    min: number
    max: number
    total: number
    p2_5: number
    p50: number
    p90: number
    p97_5: number
    p99: number
    p99_9: number
  }

  export interface RawRequest {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string | Buffer
  }

  export interface RequestSpec extends RawRequest {
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void
  }

  export interface Options extends RawRequest {
    url: string
    connections?: number
    duration?: number
    amount?: number
    timeout?: number
    requests?: RequestSpec[]
    title?: string
  }

  export interface Result {
    title?: string
    duration: number
    latency: Histogram
    requests: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    mismatches: number
    resets: number
    '2xx': number
    statusCodeStats: Record<string, { count: number }>
  }

  export interface Instance extends Promise<Result> {
    stop: () => void
  }

  function autocannon(options: Options): Instance
  export default autocannon
}
