import { expect } from '@open-wc/testing';
import '../cst-sla-table.js';
import type { CstSlaTable } from '../sla-table/sla-table.js';
import { focusReport } from '../../test/docs.js';
import { text } from '../../test/dom.js';
import { updateSlices } from './update-slices.js';

/** The state after the current task's microtasks (where Lit runs its updates) have settled. */
const afterMicrotasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('update slices on a page of many elements', () => {
  it('spreads the updates of one data arrival over several tasks, and every element renders', async () => {
    const report = await focusReport();
    const host = document.createElement('div');
    document.body.append(host);
    // Sixty SLA tables given their data in one task: far more than one task's budget of work.
    const tables = Array.from({ length: 60 }, () => {
      const table = document.createElement('cst-sla-table') as CstSlaTable;
      table.datasetId = 'sla';
      table.data = report;
      return table;
    });
    host.append(...tables);
    await afterMicrotasks();
    const renderedInFirstTask = tables.filter((t) => t.hasUpdated).length;
    expect(renderedInFirstTask).to.be.greaterThan(0);
    expect(renderedInFirstTask).to.be.lessThan(tables.length);
    expect(updateSlices.pending).to.be.greaterThan(0);

    await Promise.all(tables.map((t) => t.updateComplete));
    expect(tables.every((t) => text(t).includes('11 SLA su 11 rispettati'))).to.equal(true);
    expect(updateSlices.pending).to.equal(0);
    host.remove();
  });

  it('a single element still renders in the task that changed it', async () => {
    const report = await focusReport();
    const table = document.createElement('cst-sla-table') as CstSlaTable;
    table.datasetId = 'sla';
    table.data = report;
    document.body.append(table);
    await table.updateComplete;
    // A fresh task after the slice's end (posted messages run in the order they were posted).
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(undefined);
    });
    table.filter = 'zzz-nothing';
    expect(table.isUpdatePending).to.equal(true);
    await afterMicrotasks();
    expect(table.isUpdatePending).to.equal(false);
    expect(updateSlices.pending).to.equal(0);
    table.remove();
  });
});
