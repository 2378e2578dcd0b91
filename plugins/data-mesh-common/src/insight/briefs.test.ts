import { DemandIndex } from '../portfolio/demand';
import { factsFromEntities } from '../portfolio/facts';
import { variedOrganisationEntities } from '../__testUtils__/variedOrganisation';
import { runSteps } from '../time/steps';
import { needsByUseCase, needsByUseCaseSteps } from './briefs';

const facts = factsFromEntities(variedOrganisationEntities(60));

describe('needsByUseCaseSteps', () => {
  it("reads what needsByUseCase reads: the demand index's needs", () => {
    const demand = DemandIndex.build(facts);
    const needs = needsByUseCase(facts.useCases, demand);
    expect(needs.size).toBe(60);
    expect(needs.get('usecase:default/use-case-7')).toEqual(
      demand.useCaseCapabilities('usecase:default/use-case-7'),
    );
    expect(runSteps(needsByUseCaseSteps(facts.useCases, demand))).toEqual(
      needs,
    );
  });

  it("asks for one use case's needs between pauses", () => {
    const demand = DemandIndex.build(facts);
    const asked: string[] = [];
    const ask = demand.useCaseCapabilities.bind(demand);
    jest
      .spyOn(demand, 'useCaseCapabilities')
      .mockImplementation((ref: string) => {
        asked.push(ref);
        return ask(ref);
      });
    const steps = needsByUseCaseSteps(facts.useCases, demand);
    const perPiece: number[] = [];
    let step = steps.next();
    perPiece.push(asked.length);
    while (!step.done) {
      step = steps.next();
      perPiece.push(asked.length);
    }
    // Before the first pause one ask, then one more after each pause
    // (none after the last).
    expect(perPiece).toEqual([...facts.useCases.map((_, i) => i + 1), 60]);
    expect(asked).toEqual(facts.useCases.map(u => u.ref));
  });
});
