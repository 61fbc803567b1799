/*
 * <portal-bpmn-diagram>: a read-only BPMN diagram (bpmn-js NavigatedViewer: drag to pan, Ctrl + wheel to zoom; a plain
 * wheel scrolls the page) driven from the server
 * (Java: com.marginportal.shell.bpmn.BpmnDiagram).
 *
 * - `xml`: BPMN 2.0 XML with diagram interchange; imported and fitted to the viewport.
 * - `activeIds` / `completedIds`: element ids marked with the CSS classes `active` / `completed`
 *   (shapes and sequence flows alike; unknown ids are ignored).
 * - `counts`: {elementId: n} shown as a badge overlay on the element (n > 0 only).
 * - A click on an element (or its label) fires `bpmn-element-click` with {id, type, name}.
 * - Import failures fire `bpmn-import-error` with {message}.
 *
 * The bpmn.io logo (class bjs-powered-by) is part of bpmn-js's licence terms and must stay visible.
 */
import { LitElement, css, html, unsafeCSS } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import diagramJsCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import bpmnJsCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';

const ACTIVE = 'active';
const COMPLETED = 'completed';
const COUNT_OVERLAY = 'portal-count';

/** A CSS module imported with ?inline: a string from plain Vite, a CSSResult from some plugins. */
const asCss = (module: unknown) => (typeof module === 'string' ? unsafeCSS(module) : (module as any));

@customElement('portal-bpmn-diagram')
export class PortalBpmnDiagram extends LitElement {
  static styles = [
    asCss(diagramJsCss),
    asCss(bpmnJsCss),
    css`
      :host {
        display: block;
        position: relative;
        width: 100%;
        height: 420px;
        min-height: 160px;
        border: 1px solid var(--lumo-contrast-10pct, #e0e0e0);
        border-radius: var(--lumo-border-radius-m, 6px);
        overflow: hidden;
        background: var(--lumo-base-color, #fff);
      }
      .canvas {
        position: absolute;
        inset: 0;
      }
      .djs-element.active .djs-visual > :first-child {
        stroke: #1676f3 !important;
        stroke-width: 3px !important;
        fill: #e3efff !important;
      }
      .djs-element.completed .djs-visual > :first-child {
        stroke: #2e7d32 !important;
        fill: #edf7ee !important;
      }
      .djs-connection.completed .djs-visual > path {
        stroke: #2e7d32 !important;
        stroke-width: 2.5px !important;
      }
      .djs-element.active.completed .djs-visual > :first-child {
        stroke: #1676f3 !important;
        fill: #e3efff !important;
      }
      .count-badge {
        min-width: 22px;
        height: 22px;
        padding: 0 6px;
        box-sizing: border-box;
        border-radius: 11px;
        background: #d9534f;
        color: #fff;
        font: 600 12px/22px "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif;
        text-align: center;
        box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3);
        pointer-events: none;
      }
    `,
  ];

  /** BPMN 2.0 XML. */
  @property({ attribute: false }) xml = '';
  @property({ attribute: false }) activeIds: string[] = [];
  @property({ attribute: false }) completedIds: string[] = [];
  @property({ attribute: false }) counts: Record<string, number> = {};

  private viewer?: any;
  private importedXml?: string;
  private importing?: Promise<void>;
  private ready = false;
  private marked = new Map<string, string[]>();
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div class="canvas" part="canvas"></div>`;
  }

  firstUpdated() {
    const container = this.renderRoot.querySelector('.canvas') as HTMLElement;
    this.viewer = new NavigatedViewer({ container });
    // A plain wheel over the diagram scrolls the page, as everywhere else; bpmn-js would pan its canvas instead and
    // the reader, scrolling down the case, lost the diagram out of sight. Ctrl/Cmd + wheel still zooms, a drag pans.
    container.addEventListener('wheel', (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) {
        event.stopPropagation();
      }
    }, { capture: true });
    this.viewer.get('eventBus').on('element.click', (event: any) => this.fireClick(event.element));
  }

  connectedCallback() {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.fitToViewport());
    this.resizeObserver.observe(this);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  async updated() {
    if (this.xml !== this.importedXml) {
      this.importedXml = this.xml;
      this.importing = this.importXml(this.xml);
    }
    await this.importing;
    this.applyMarkers();
    this.applyCounts();
  }

  /** Scales and centres the whole diagram into the visible area. */
  fitToViewport() {
    const canvas = this.viewer?.get('canvas');
    if (canvas && this.ready && this.clientWidth > 0 && this.clientHeight > 0) {
      canvas.resized();
      canvas.zoom('fit-viewport', 'auto');
    }
  }

  private async importXml(xml: string) {
    this.marked.clear();
    this.ready = false;
    if (!xml) {
      this.viewer.clear();
      return;
    }
    try {
      await this.viewer.importXML(xml);
      this.ready = true;
      this.fitToViewport();
    } catch (e: any) {
      console.error('portal-bpmn-diagram: import failed', e);
      this.dispatchEvent(new CustomEvent('bpmn-import-error', { detail: { message: String(e?.message ?? e) } }));
    }
  }

  private applyMarkers() {
    if (!this.ready) {
      return;
    }
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    for (const [marker, ids] of this.marked) {
      ids.filter((id) => registry.get(id)).forEach((id) => canvas.removeMarker(id, marker));
    }
    this.marked.clear();
    for (const [marker, ids] of [[ACTIVE, this.activeIds], [COMPLETED, this.completedIds]] as [string, string[]][]) {
      const present = (ids ?? []).filter((id) => registry.get(id));
      present.forEach((id) => canvas.addMarker(id, marker));
      this.marked.set(marker, present);
    }
  }

  private applyCounts() {
    if (!this.ready) {
      return;
    }
    const overlays = this.viewer.get('overlays');
    const registry = this.viewer.get('elementRegistry');
    overlays.remove({ type: COUNT_OVERLAY });
    for (const [id, count] of Object.entries(this.counts ?? {})) {
      if (count > 0 && registry.get(id)) {
        const badge = document.createElement('div');
        badge.className = 'count-badge';
        badge.textContent = String(count);
        badge.dataset.countFor = id;
        overlays.add(id, COUNT_OVERLAY, { position: { top: -11, right: 11 }, html: badge });
      }
    }
  }

  private fireClick(element: any) {
    const target = element?.labelTarget ?? element;
    const type: string = target?.type ?? '';
    if (!target?.businessObject || type === 'bpmn:Process' || type === 'bpmn:Collaboration') {
      return;
    }
    this.dispatchEvent(new CustomEvent('bpmn-element-click', {
      detail: { id: target.id, type, name: target.businessObject.name ?? '' },
    }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'portal-bpmn-diagram': PortalBpmnDiagram;
  }
}
