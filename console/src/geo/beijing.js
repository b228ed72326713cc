// Beijing's district outlines for ECharts maps: a static asset of its own (fetched once, cached), not part of any
// page's JavaScript; registered once as the map "beijing".
import beijingUrl from './beijing-districts.geojson?url'

let ready = null

/** Registers the map "beijing" with ECharts (once); resolves when it can be drawn. */
export function beijingMap(echarts) {
  ready ??= fetch(beijingUrl).then((response) => response.json())
    .then((geojson) => echarts.registerMap('beijing', geojson))
  return ready
}
