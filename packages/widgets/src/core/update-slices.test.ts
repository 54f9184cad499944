import { describe, expect, it } from 'vitest';
import { UpdateSlices } from './update-slices.js';

/** A slicer on a fake clock: each update advances time by its cost; tasks run when asked. */
function setup(budget = 8) {
  let clock = 0;
  const tasks: Array<() => void> = [];
  const slices = new UpdateSlices(
    budget,
    () => clock,
    (callback) => tasks.push(callback),
  );
  const ran: string[] = [];
  const update = (name: string, cost: number) => () => {
    ran.push(name);
    clock += cost;
  };
  const runTask = () => tasks.shift()!();
  return { slices, ran, update, runTask, tasks };
}

describe('UpdateSlices', () => {
  it('runs updates at once while the task is within budget', () => {
    const { slices, ran, update } = setup();
    expect(slices.run(update('a', 2))).toBeUndefined();
    expect(slices.run(update('b', 3))).toBeUndefined();
    expect(ran).toEqual(['a', 'b']);
    expect(slices.pending).toBe(0);
  });

  it('moves updates past the budget to later tasks, in order, a budget per task', async () => {
    const { slices, ran, update, runTask } = setup();
    const results = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => slices.run(update(name, 5)));
    // a (0→5) and b (5→10) start within budget; c… wait.
    expect(ran).toEqual(['a', 'b']);
    expect(results.slice(0, 2)).toEqual([undefined, undefined]);
    expect(slices.pending).toBe(4);
    runTask();
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
    runTask();
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    await Promise.all(results);
    expect(slices.pending).toBe(0);
  });

  it('keeps order: a later update waits behind earlier waiting ones even with budget left', () => {
    const { slices, ran, update, runTask } = setup();
    void slices.run(update('big', 20));
    void slices.run(update('small', 1));
    runTask(); // small runs; its task's budget is barely used
    expect(ran).toEqual(['big', 'small']);
    void slices.run(update('next', 1));
    expect(ran).toEqual(['big', 'small', 'next']);
  });

  it('always makes progress: one update over the budget still runs in its task', () => {
    const { slices, ran, update, runTask } = setup();
    void slices.run(update('a', 9));
    void slices.run(update('b', 30));
    void slices.run(update('c', 30));
    runTask();
    expect(ran).toEqual(['a', 'b']);
    runTask();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('rejects only the update that threw; the others run', async () => {
    const { slices, ran, update, runTask } = setup();
    void slices.run(update('a', 10));
    const failing = slices.run(() => {
      throw new Error('render failed');
    });
    const after = slices.run(update('c', 1));
    runTask();
    await expect(failing).rejects.toThrow('render failed');
    await expect(after).resolves.toBeUndefined();
    expect(ran).toEqual(['a', 'c']);
  });

  it('starts a fresh budget in each task', () => {
    const { slices, ran, update, runTask, tasks } = setup();
    void slices.run(update('a', 7));
    runTask(); // the task boundary: nothing waits
    expect(tasks).toHaveLength(0);
    void slices.run(update('b', 7));
    expect(ran).toEqual(['a', 'b']);
  });
});
