// A survey import (区级普查导入) runs in the background after its 202: the console polls its report until it is no
// longer RUNNING and shows the share of rows processed and every refused row with its line and reason.

/** The share of the file's rows processed, 0–100, as the progress bar shows it (100 once finished). */
export function importPercent(report) {
  if (!report) return 0
  if (report.status && report.status !== 'RUNNING') return 100
  const total = Number(report.totalRows) || 0
  if (total <= 0) return 0
  return Math.min(99, Math.floor((Number(report.processedRows) || 0) * 100 / total))
}

/** Whether the import has ended (completed or failed): polling stops. */
export function importFinished(report) {
  return Boolean(report?.status) && report.status !== 'RUNNING'
}

/** The progress bar's colour: refusals or a failure show, a clean run is green. */
export function importBarStatus(report) {
  if (!importFinished(report)) return ''
  if (report.status === 'FAILED') return 'exception'
  return report.rejectedRows > 0 ? 'warning' : 'success'
}

/** Poll delays: quick at first, then once every two seconds. */
export function pollDelay(attempt) {
  return Math.min(2000, 300 * 2 ** Math.max(0, attempt))
}
