// Which table rows a commit touched, two ways (used on counting runs only, never while timing):
// - re-rendered: `<tr>` host fibers in a <tbody> that React reconciled with new props in this
//   commit (a row React skipped, e.g. behind a memoized row component, keeps its props object);
// - changed in the DOM: rows whose DOM differs after the interaction (MutationObserver).

/** The few fields of React's internal fiber this file reads. */
export interface Fiber {
  type: unknown;
  stateNode: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  memoizedProps: unknown;
}

export interface FiberRoot {
  current: Fiber;
  containerInfo: unknown;
}

const isBodyRow = (fiber: Fiber) =>
  fiber.type === 'tr' &&
  fiber.stateNode instanceof HTMLTableRowElement &&
  fiber.stateNode.parentNode instanceof HTMLTableSectionElement &&
  fiber.stateNode.parentNode.tagName === 'TBODY';

/**
 * Body rows reconciled with new props in the commit that just produced `root.current`. A
 * subtree whose child list is the previous commit's own (`child === alternate.child`) was not
 * visited by this render: nothing below it re-rendered.
 */
export function countRenderedRows(root: FiberRoot): number {
  let count = 0;
  const stack: Fiber[] = [root.current];
  while (stack.length > 0) {
    const fiber = stack.pop()!;
    const previous = fiber.alternate;
    if (isBodyRow(fiber) && (!previous || previous.memoizedProps !== fiber.memoizedProps)) {
      count += 1;
    }
    if (previous && previous.child === fiber.child) continue;
    for (let child = fiber.child; child; child = child.sibling) stack.push(child);
  }
  return count;
}

/**
 * Collects the body rows of `container` whose DOM differs, at `stop()`, from what it was when
 * watching began: an attribute or a text with another value, a node added or removed. Writes
 * that leave a value as it was do not count: React DOM rewrites `type` and `name` of every
 * controlled <input> it updates, which would otherwise mark every row with a checkbox.
 */
export function watchRowMutations(container: Element) {
  const rowOf = (node: Node) => {
    const row = (node instanceof Element ? node : node.parentElement)?.closest('tr');
    return row && row.parentElement?.tagName === 'TBODY' ? row : null;
  };
  const attributesBefore = new Map<Element, Map<string, string | null>>();
  const textBefore = new Map<Node, string | null>();
  const reshaped = new Set<Element>();
  const take = (records: MutationRecord[]) => {
    for (const record of records) {
      const { target } = record;
      if (record.type === 'attributes' && target instanceof Element) {
        const before = attributesBefore.get(target) ?? new Map<string, string | null>();
        attributesBefore.set(target, before);
        if (!before.has(record.attributeName!)) before.set(record.attributeName!, record.oldValue);
      } else if (record.type === 'characterData') {
        if (!textBefore.has(target)) textBefore.set(target, record.oldValue);
      } else {
        const row = rowOf(target);
        if (row) reshaped.add(row);
        for (const node of [...record.addedNodes, ...record.removedNodes]) {
          if (node instanceof HTMLTableRowElement) reshaped.add(node);
        }
      }
    }
  };
  const observer = new MutationObserver(take);
  observer.observe(container, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeOldValue: true,
    characterData: true,
    characterDataOldValue: true,
  });
  return {
    stop(): number {
      take(observer.takeRecords());
      observer.disconnect();
      const rows = new Set(reshaped);
      for (const [element, before] of attributesBefore) {
        const row = rowOf(element);
        if (!row) continue;
        for (const [name, value] of before) {
          if (element.getAttribute(name) !== value) rows.add(row);
        }
      }
      for (const [node, value] of textBefore) {
        const row = rowOf(node);
        if (row && node.textContent !== value) rows.add(row);
      }
      return rows.size;
    },
  };
}
