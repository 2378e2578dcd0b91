/*
 * A data contract lives in the catalog as a Backstage API entity of
 * `spec.type: odcs`, its ODCS document in `spec.definition` (usually through
 * `$text`, so the text of the contract file). These check that text.
 */
import { Entity, isApiEntity } from '@backstage/catalog-model';
import { validateOdcsContract } from '../contracts/validateOdcsContract';
import { describeValue, ValidationProblem } from './problems';
import { pathSegments, readYamlDocuments } from './yamlDocuments';

/**
 * The `spec.type` of an API entity whose `spec.definition` is a data
 * contract in the Open Data Contract Standard.
 *
 * @public
 */
export const ODCS_API_TYPE = 'odcs';

/**
 * True for an `API` entity of `spec.type: odcs`, which holds a data
 * contract.
 *
 * @public
 */
export function isOdcsApiEntity(entity: Entity): boolean {
  return isApiEntity(entity) && entity.spec?.type === ODCS_API_TYPE;
}

/**
 * Every problem of the data contract an `odcs` API holds in
 * `spec.definition`: text that is not YAML or JSON (with the line), not one
 * document, or what the pinned ODCS schema rejects. Paths are the
 * contract's own (`schema[0].properties[1].logicalType`); a message ends
 * with the definition's line where the field is written. None: valid.
 *
 * @public
 */
export function validateOdcsDefinition(
  definition: unknown,
): ValidationProblem[] {
  if (typeof definition !== 'string') {
    return [
      {
        path: '',
        message: `the definition must be the contract's text, e.g. { $text: ./orders.odcs.yaml }; got ${describeValue(
          definition,
        )}`,
      },
    ];
  }
  const { documents, syntaxErrors } = readYamlDocuments(definition);
  if (syntaxErrors.length) {
    return syntaxErrors.map(({ line, message }) => ({
      path: '',
      message: `the definition is not valid YAML or JSON: line ${line}: ${message}`,
    }));
  }
  if (documents.length !== 1) {
    return [
      {
        path: '',
        message: `the definition must hold one ODCS document; it holds ${documents.length}`,
      },
    ];
  }
  const [document] = documents;
  return validateOdcsContract(document.value).map(problem => ({
    path: problem.path,
    message: `${problem.message} (line ${document.lineOf(
      pathSegments(problem.path),
    )})`,
  }));
}
