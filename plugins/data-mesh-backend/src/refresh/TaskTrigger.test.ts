import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import { TaskTrigger } from './TaskTrigger';

describe('TaskTrigger', () => {
  function setup(giveUpAfterMs = 1000) {
    const scheduler = mockServices.scheduler.mock();
    const logger = mockServices.logger.mock();
    const trigger = new TaskTrigger({
      scheduler,
      logger,
      taskId: 'the-task',
      retryIntervalMs: 5,
      giveUpAfterMs,
    });
    return { scheduler, logger, trigger };
  }

  it('triggers the task once when it is not running', async () => {
    const { scheduler, trigger } = setup();
    await trigger.request();
    await trigger.settled();
    expect(scheduler.triggerTask).toHaveBeenCalledTimes(1);
    expect(scheduler.triggerTask).toHaveBeenCalledWith('the-task');
  });

  it('asks again until the running task is done, and requests meanwhile share that run', async () => {
    const { scheduler, trigger } = setup();
    scheduler.triggerTask
      .mockRejectedValueOnce(new ConflictError('running'))
      .mockRejectedValueOnce(new ConflictError('running'))
      .mockRejectedValueOnce(new ConflictError('running'));
    await trigger.request();
    await trigger.request();
    await trigger.request();
    await trigger.settled();
    // One refused at once, two refused while the run went on, one accepted.
    expect(scheduler.triggerTask).toHaveBeenCalledTimes(4);
    // Once accepted, the next request triggers afresh.
    await trigger.request();
    expect(scheduler.triggerTask).toHaveBeenCalledTimes(5);
  });

  /**
   * A scheduler with one task that is running when the requests arrive:
   * it refuses to trigger the task while a run goes on, and counts the
   * runs it starts.
   */
  function runningTask(scheduler: ReturnType<typeof setup>['scheduler']) {
    const runMs = 20;
    let running = true;
    const started = { runs: 0 };
    const endLater = () =>
      setTimeout(() => {
        running = false;
      }, runMs);
    endLater();
    scheduler.triggerTask.mockImplementation(async () => {
      // The scheduler's own database round trip before it answers.
      await new Promise(resolve => setImmediate(resolve));
      if (running) throw new ConflictError('running');
      running = true;
      started.runs += 1;
      endLater();
    });
    return started;
  }

  it.each([2, 5])(
    'starts exactly one extra run for %i concurrent requests during a run',
    async concurrent => {
      const { scheduler, trigger } = setup();
      const started = runningTask(scheduler);
      await Promise.all(
        Array.from({ length: concurrent }, () => trigger.request()),
      );
      await trigger.settled();
      // Long enough for any other follow-up to be accepted after the
      // extra run ends: several runs and retry intervals.
      await new Promise(resolve => setTimeout(resolve, 150));
      expect(started.runs).toBe(1);
    },
  );

  it('passes on a failing scheduler to the one who asked', async () => {
    const { scheduler, trigger } = setup();
    scheduler.triggerTask.mockRejectedValueOnce(new Error('scheduler down'));
    await expect(trigger.request()).rejects.toThrow('scheduler down');
  });

  it('passes on a failing scheduler to every request that shared the trigger', async () => {
    const { scheduler, trigger } = setup();
    scheduler.triggerTask.mockRejectedValueOnce(new Error('scheduler down'));
    const answers = await Promise.allSettled([
      trigger.request(),
      trigger.request(),
    ]);
    expect(answers.map(a => a.status)).toEqual(['rejected', 'rejected']);
    expect(scheduler.triggerTask).toHaveBeenCalledTimes(1);
    // The failure is not kept: the next request asks afresh.
    await trigger.request();
    expect(scheduler.triggerTask).toHaveBeenCalledTimes(2);
  });

  it('logs a scheduler failing during the follow-up and stops asking', async () => {
    const { scheduler, logger, trigger } = setup();
    scheduler.triggerTask
      .mockRejectedValueOnce(new ConflictError('running'))
      .mockRejectedValueOnce(new Error('database gone'));
    await trigger.request();
    await trigger.settled();
    expect(scheduler.triggerTask).toHaveBeenCalledTimes(2);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('database gone'),
    );
  });

  it('gives up a follow-up when the task runs longer than the limit', async () => {
    const { scheduler, logger, trigger } = setup(50);
    scheduler.triggerTask.mockRejectedValue(new ConflictError('running'));
    await trigger.request();
    await trigger.settled();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('the-task was still running'),
    );
    const asked = scheduler.triggerTask.mock.calls.length;
    expect(asked).toBeGreaterThan(2);
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(scheduler.triggerTask).toHaveBeenCalledTimes(asked);
  });
});
