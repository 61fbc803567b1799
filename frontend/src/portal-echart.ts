/*
 * <portal-echart>: an Apache ECharts chart driven from the server (Java: com.marginportal.shell.chart.EChart).
 *
 * - `option`: the complete ECharts option as JSON text; replaced as a whole on every change (notMerge).
 * - `renderer`: 'canvas' (default) or 'svg'.
 * - Resizes with its host (ResizeObserver); CJK font stack unless the option sets textStyle.fontFamily.
 * - A click on a series item fires `chart-click` with {seriesName, seriesIndex, name, dataIndex, value}.
 *
 * Only the chart types and components registered below are bundled; register more here if a view needs them.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  DataZoomComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  TransformComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, LineChart, PieChart, ScatterChart, GaugeChart,
  DataZoomComponent, DatasetComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  MarkPointComponent, TitleComponent, TooltipComponent, TransformComponent,
  LabelLayout, CanvasRenderer, SVGRenderer,
]);

const CJK_FONTS = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif';

@customElement('portal-echart')
export class PortalEChart extends LitElement {
  static styles = css`
    :host {
      display: block;
      position: relative;
      width: 100%;
      height: 320px;
      min-height: 120px;
    }
    .chart {
      position: absolute;
      inset: 0;
    }
  `;

  /** The ECharts option as JSON text. */
  @property({ attribute: false }) option = '';

  /** 'canvas' or 'svg'. */
  @property() renderer: 'canvas' | 'svg' = 'canvas';

  private chart?: echarts.ECharts;
  private chartRenderer?: string;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div class="chart" part="chart"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    if (this.hasUpdated) {
      // re-attached (e.g. a tab shown again): the chart was disposed on detach
      this.renderChart();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.disposeChart();
  }

  updated() {
    this.renderChart();
  }

  /** Redraws at the current size; the server calls this after layout changes the observer cannot see. */
  resize() {
    this.chart?.resize();
  }

  private renderChart() {
    const container = this.renderRoot.querySelector('.chart') as HTMLElement | null;
    if (!container || !this.isConnected) {
      return;
    }
    if (this.chart && this.chartRenderer !== this.renderer) {
      this.disposeChart();
    }
    if (!this.chart) {
      this.chart = echarts.init(container, undefined, { renderer: this.renderer });
      this.chartRenderer = this.renderer;
      this.chart.on('click', (params: any) => this.fireClick(params));
    }
    const option = this.parsedOption();
    if (option) {
      this.chart.setOption(option, { notMerge: true });
    } else {
      this.chart.clear();
    }
  }

  private parsedOption(): Record<string, any> | null {
    if (!this.option) {
      return null;
    }
    try {
      const option = JSON.parse(this.option);
      option.textStyle = { fontFamily: CJK_FONTS, ...(option.textStyle ?? {}) };
      return option;
    } catch (e) {
      console.error('portal-echart: the option is not valid JSON', e);
      return null;
    }
  }

  private fireClick(params: any) {
    const raw = Array.isArray(params.value) ? params.value[params.value.length - 1] : params.value;
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    this.dispatchEvent(new CustomEvent('chart-click', {
      detail: {
        seriesName: params.seriesName ?? null,
        seriesIndex: params.seriesIndex ?? -1,
        name: params.name ?? null,
        dataIndex: params.dataIndex ?? -1,
        value,
      },
    }));
  }

  private disposeChart() {
    this.chart?.dispose();
    this.chart = undefined;
    this.chartRenderer = undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-echart': PortalEChart;
  }
}
