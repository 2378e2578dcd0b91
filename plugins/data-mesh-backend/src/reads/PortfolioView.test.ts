import { exampleSnapshot } from '../__testUtils__/exampleSnapshot';
import { SLICE_MS } from '../eventLoop/slices';
import { PortfolioView } from './PortfolioView';

const snapshot = exampleSnapshot();

describe('PortfolioView.build', () => {
  afterEach(() => jest.restoreAllMocks());

  it('indexes a snapshot in slices, letting other work run between them', async () => {
    // A clock that moves a millisecond each time it is read: a slice ends
    // after SLICE_MS reads, whatever the machine's speed.
    let clock = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => clock++);
    let builtWhenOtherWorkRan: boolean | undefined;
    let built = false;
    setImmediate(() => {
      builtWhenOtherWorkRan = built;
    });
    const view = await PortfolioView.build(snapshot);
    built = true;
    expect(builtWhenOtherWorkRan).toBe(false);
    expect(clock).toBeGreaterThan(SLICE_MS * 2);
    // The same view as one built at once.
    const atOnce = new PortfolioView(snapshot);
    const all = { offset: 0, limit: 500 };
    expect(view.insight.portfolio).toEqual(atOnce.insight.portfolio);
    expect(view.demand.items()).toEqual(atOnce.demand.items());
    expect(view.danglingReferences(all)).toEqual(
      atOnce.danglingReferences(all),
    );
  });
});
