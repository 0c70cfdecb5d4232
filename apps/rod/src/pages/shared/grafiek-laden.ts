/**
 * Chart.js with only what a bar chart needs (tree-shaken: about 55 kB gzip instead of the
 * whole library). Imported dynamically by `Grafiek.vue`, so it is fetched only with a chart.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

export { Chart }
