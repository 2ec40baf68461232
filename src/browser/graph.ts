/**
 * Browser enhancement of the build-time department graph: highlight a node's neighbours on hover
 * or focus, and zoom with buttons, Ctrl+wheel or a two-finger pinch (panning is the viewport's own
 * scrolling). No d3 is needed here: the layout was computed at build time.
 */
export function enhanceGraph(svg: SVGSVGElement): void {
  const nodes = [...svg.querySelectorAll<SVGAElement>('a.node')];
  const edges = [...svg.querySelectorAll<SVGPathElement>('path.edge')];

  const highlight = (node: SVGAElement | null) => {
    svg.classList.toggle('focusing', node !== null);
    const id = node?.dataset.id;
    const near = new Set(node ? [id, ...(node.dataset.neighbors ?? '').split(' ')] : []);
    for (const n of nodes) n.classList.toggle('on', near.has(n.dataset.id));
    for (const e of edges) e.classList.toggle('on', id !== undefined && (e.dataset.from === id || e.dataset.to === id));
  };
  for (const n of nodes) {
    n.addEventListener('pointerenter', () => highlight(n));
    n.addEventListener('pointerleave', () => highlight(null));
    n.addEventListener('focus', () => highlight(n));
    n.addEventListener('blur', () => highlight(null));
  }

  const viewport = svg.parentElement as HTMLElement;
  // Scale 1 is the drawing as the stylesheet lays it out: its own width, or the screen's on a phone
  // (graph.css); zooming is relative to that, and 复位 hands the width back to the stylesheet.
  let fitted = svg.getBoundingClientRect().width || svg.viewBox.baseVal.width;
  let scale = 1;
  const zoomTo = (next: number, cx = viewport.clientWidth / 2, cy = viewport.clientHeight / 2) => {
    if (scale === 1) fitted = svg.getBoundingClientRect().width || fitted;
    const s = Math.min(3, Math.max(0.5, next));
    const ratio = s / scale;
    const x = (viewport.scrollLeft + cx) * ratio - cx;
    const y = (viewport.scrollTop + cy) * ratio - cy;
    scale = s;
    svg.style.width = s === 1 ? '' : `${fitted * s}px`;
    svg.style.height = s === 1 ? '' : 'auto';
    viewport.scrollTo(x, y);
  };
  const controls = svg.closest('figure')?.querySelector<HTMLElement>('.zoom');
  if (controls) {
    controls.hidden = false;
    controls.addEventListener('click', (ev) => {
      const action = (ev.target as HTMLElement).closest('button')?.dataset.zoom;
      if (action === 'in') zoomTo(scale * 1.25);
      else if (action === 'out') zoomTo(scale / 1.25);
      else if (action === 'reset') zoomTo(1);
    });
  }
  viewport.addEventListener('wheel', (ev) => {
    if (!ev.ctrlKey) return;
    ev.preventDefault();
    const box = viewport.getBoundingClientRect();
    zoomTo(scale * (ev.deltaY < 0 ? 1.1 : 1 / 1.1), ev.clientX - box.left, ev.clientY - box.top);
  }, { passive: false });

  const touches = new Map<number, { x: number; y: number }>();
  let pinchStart: { distance: number; scale: number } | null = null;
  const distance = () => {
    const [a, b] = [...touches.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  viewport.addEventListener('pointerdown', (ev) => {
    if (ev.pointerType !== 'touch') return;
    touches.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (touches.size === 2) pinchStart = { distance: distance(), scale };
  });
  viewport.addEventListener('pointermove', (ev) => {
    if (!touches.has(ev.pointerId)) return;
    touches.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (touches.size === 2 && pinchStart) {
      const [a, b] = [...touches.values()];
      const box = viewport.getBoundingClientRect();
      zoomTo(pinchStart.scale * (distance() / pinchStart.distance), (a.x + b.x) / 2 - box.left, (a.y + b.y) / 2 - box.top);
    }
  });
  const end = (ev: PointerEvent) => {
    touches.delete(ev.pointerId);
    if (touches.size < 2) pinchStart = null;
  };
  viewport.addEventListener('pointerup', end);
  viewport.addEventListener('pointercancel', end);
}
