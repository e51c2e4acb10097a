/*
 * <doorstep-chart>: a line or bar chart drawn by chart.js (the global `Chart` from its UMD file).
 * Plain JS, no build step (see docs: no Vaadin frontend bundle here). The server sets the `data`
 * property ({type, labels, datasets: [{label, values}], xTitle, yTitle}) and the `label`
 * attribute (the canvas's accessible name); the figures also reach screen readers as a table
 * the server renders next to this element.
 */
(() => {
  if (customElements.get('doorstep-chart')) {
    return; // loaded twice (another UI in the same tab): the first definition stands
  }

  // Data series colours: Lumo properties first, plain fallbacks if a property is missing.
  const SERIES = [
    ['--lumo-primary-color', '#1a6fa8'],
    ['--doorstep-accent', '#e6711a'],
    ['--lumo-success-color', '#2a8a4a'],
    ['--lumo-error-color', '#c8332b'],
    ['--lumo-contrast-60pct', '#667']
  ];
  // Shapes and dashes too, so series differ without relying on colour alone.
  const POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star'];
  const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 1]];
  const POLL_MS = 100;
  const POLL_LIMIT = 300; // 30 s: chart.js is added by the server just before this file
  const scheme = () => `${document.documentElement.getAttribute('theme')}|${document.documentElement.style.colorScheme}`;
  const pixel = document.createElement('canvas').getContext('2d', {willReadFrequently: true});

  class DoorstepChart extends HTMLElement {
    static get observedAttributes() {
      return ['label'];
    }

    constructor() {
      super();
      const root = this.attachShadow({mode: 'open'});
      // The frame is what chart.js measures: it fills the host, which has a CSS height.
      root.innerHTML = `<style>
          :host { display: block; position: relative; height: 18rem; min-width: 0; }
          .frame { position: relative; width: 100%; height: 100%; }
          .probe { position: absolute; visibility: hidden; }
        </style>
        <div class="frame"><canvas role="img"></canvas></div><span class="probe" aria-hidden="true"></span>`;
      this._canvas = root.querySelector('canvas');
      this._probe = root.querySelector('.probe');
      this._chart = null;
      this._polls = 0;
      this._timer = null;
      // Page.setColorScheme flips html's theme attribute and color-scheme style: redraw in the new
      // colours, but not for other style changes on <html>.
      this._scheme = null;
      this._themeObserver = new MutationObserver(() => {
        if (this._chart && this._scheme !== scheme()) {
          this._render();
        }
      });
    }

    // Vaadin may set `data` before this file defines the element: adopt that value.
    connectedCallback() {
      if (Object.prototype.hasOwnProperty.call(this, 'data')) {
        const early = this.data;
        delete this.data;
        this._data = early;
      }
      this._labelCanvas();
      this._themeObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['theme', 'style']});
      this._render();
    }

    disconnectedCallback() {
      this._themeObserver.disconnect();
      clearTimeout(this._timer);
      this._timer = null;
      this._destroy();
    }

    attributeChangedCallback() {
      this._labelCanvas();
    }

    get data() {
      return this._data;
    }

    set data(value) {
      this._data = value;
      this._render();
    }

    _labelCanvas() {
      const label = this.getAttribute('label');
      if (label) {
        this._canvas.setAttribute('aria-label', label);
      } else {
        this._canvas.removeAttribute('aria-label');
      }
    }

    _destroy() {
      if (this._chart) {
        this._chart.destroy();
        this._chart = null;
      }
    }

    _render() {
      if (!this.isConnected || !this._data) {
        return;
      }
      if (!window.Chart) {
        // The server adds chart.js first, but script order is not guaranteed: wait for it.
        if (!this._timer && this._polls++ < POLL_LIMIT) {
          this._timer = setTimeout(() => {
            this._timer = null;
            this._render();
          }, POLL_MS);
        }
        return;
      }
      this._polls = 0;
      this._scheme = scheme();
      const animate = !this._chart && !matchMedia('(prefers-reduced-motion: reduce)').matches;
      this._destroy();
      this._chart = new window.Chart(this._canvas, this._config(this._data, animate));
    }

    /* A Lumo property as rgba numbers. The probe resolves var() and light-dark() in this
       element's colour scheme; a 1-pixel canvas turns any CSS colour into rgba. */
    _colour(property, fallback) {
      this._probe.style.color = fallback;
      this._probe.style.color = `var(${property}, ${fallback})`;
      const css = getComputedStyle(this._probe).color;
      pixel.clearRect(0, 0, 1, 1);
      pixel.fillStyle = css;
      pixel.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = pixel.getImageData(0, 0, 1, 1).data;
      return {r, g, b, a: a / 255};
    }

    _rgba(colour, alpha = 1) {
      return `rgba(${colour.r}, ${colour.g}, ${colour.b}, ${(colour.a * alpha).toFixed(3)})`;
    }

    _config(data, animate) {
      const bar = data.type === 'bar';
      const text = this._rgba(this._colour('--lumo-body-text-color', '#1f2937'));
      const secondary = this._rgba(this._colour('--lumo-secondary-text-color', '#4b5563'));
      const grid = this._rgba(this._colour('--lumo-contrast-10pct', 'rgba(0, 0, 0, 0.1)'));
      const font = {family: getComputedStyle(this).fontFamily, size: 13};
      const datasets = (data.datasets || []).map((set, i) => {
        const colour = this._colour(...SERIES[i % SERIES.length]);
        const common = {
          label: set.label,
          data: set.values, // null stays null: a gap in the line, no bar
          borderColor: this._rgba(colour),
          borderWidth: bar ? 1 : 2,
          pointStyle: POINTS[i % POINTS.length] // also the legend marker (usePointStyle)
        };
        return bar
          // skipNull: a label with a value in one series only gets one full-width bar, not a half-empty slot.
          ? {...common, backgroundColor: this._rgba(colour, 0.8), skipNull: true}
          : {...common, backgroundColor: this._rgba(colour, 0.15), borderDash: DASHES[i % DASHES.length],
              pointRadius: 3.5, pointBackgroundColor: this._rgba(colour), spanGaps: false, tension: 0.2};
      });
      const axisTitle = (title) => ({display: Boolean(title), text: title || '', color: secondary, font});
      return {
        type: bar ? 'bar' : 'line',
        data: {labels: data.labels || [], datasets},
        options: {
          responsive: true,
          maintainAspectRatio: false, // the element's CSS height decides
          animation: animate ? {duration: 400} : false,
          interaction: {mode: 'index', intersect: false},
          scales: {
            x: {
              title: axisTitle(data.xTitle),
              ticks: {color: text, font},
              grid: {color: grid, display: !bar},
              border: {color: grid}
            },
            y: {
              // Doorstep charts counts: from zero, in whole steps (one point must not read 40.0–42.0).
              beginAtZero: true,
              title: axisTitle(data.yTitle),
              ticks: {color: text, font, precision: 0},
              grid: {color: grid},
              border: {color: grid}
            }
          },
          plugins: {
            legend: {labels: {color: text, font, usePointStyle: true, boxWidth: 9, boxHeight: 9}},
            tooltip: {titleFont: font, bodyFont: font}
          }
        }
      };
    }
  }

  customElements.define('doorstep-chart', DoorstepChart);
})();
