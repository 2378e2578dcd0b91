import { ConfigReader } from '@backstage/config';
import {
  DemandIndex,
  canonicalFacts,
  factsFromEntities,
  computeUseCasePortfolio,
  computePlatformRoadmap,
  findDanglingReferences,
} from '@data-mesh-portfolio/plugin-data-mesh-common';
import {
  organisationSize,
  syntheticOrganisation,
} from '@data-mesh-portfolio/plugin-data-mesh-common/testUtils';
import { readDataMeshBackendOptions } from '../config';
import { buildSnapshot } from '../refresh/snapshot';
import { PortfolioView } from '../reads/PortfolioView';

const n = Number(process.argv[2] ?? 100000);
const options = readDataMeshBackendOptions(new ConfigReader({}));
const mib = (b: number) => (b / 2 ** 20).toFixed(1);
function used() {
  global.gc!();
  global.gc!();
  return process.memoryUsage().heapUsed;
}
const keep: any[] = [];
let last = used();
function mark(label: string) {
  const now = used();
  const m = process.memoryUsage();
  console.log(`${label.padEnd(28)} +${mib(now - last).padStart(7)} MiB  heapUsed ${mib(now)} heapTotal ${mib(m.heapTotal)} rss ${mib(m.rss)} ext ${mib(m.external)} ab ${mib(m.arrayBuffers)}`);
  last = now;
}
let entities: any = syntheticOrganisation(organisationSize(n));
const facts = canonicalFacts(factsFromEntities(entities));
entities = undefined;
last = used();
mark('start (facts held)');
keep.push(facts);
const demand = DemandIndex.build(facts);
keep.push(demand);
mark('demand index');
demand.items();
mark('demand items sorted');
const snapshot = buildSnapshot(facts, options, new Date());
(snapshot as any).facts = facts;
keep.push(snapshot);
mark('snapshot assessments');
const dangling = findDanglingReferences(facts);
keep.push(dangling);
mark('dangling');
const portfolio = computeUseCasePortfolio(facts, demand);
keep.push(portfolio);
mark('use-case portfolio');
const roadmap = computePlatformRoadmap(facts, demand);
keep.push(roadmap);
mark('roadmap');
const view = new PortfolioView(snapshot, demand, {});
keep.push(view);
mark('a second view (own lists)');
console.log('counts', facts.dataProducts.length, facts.useCases.length, facts.capabilities.length);
