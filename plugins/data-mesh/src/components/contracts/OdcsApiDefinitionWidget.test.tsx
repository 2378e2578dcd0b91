import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  largeOdcsContractText,
  odcsExampleText,
} from '../../__testUtils__/odcsExamples';
import { odcsApiDefinitionWidget } from './OdcsApiDefinitionWidget';
import { PROPERTIES_PAGE_SIZE } from './ContractPropertiesTable';

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name });
  return header.closest('tr')!;
}

function cellsOf(row: HTMLElement): string[] {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent ?? '');
}

describe('odcsApiDefinitionWidget', () => {
  const widget = odcsApiDefinitionWidget();

  it('is the widget of odcs APIs', () => {
    expect(widget.type).toBe('odcs');
  });

  it("shows the official full example's version, properties, rules, SLA and servers", async () => {
    await renderInTestApp(
      widget.component(odcsExampleText('all/full-example.odcs.yaml')),
    );

    const version = screen.getByText('Version');
    expect(version.tagName).toBe('DT');
    expect(version.nextElementSibling).toHaveTextContent('1.1.0');
    expect(screen.getByText('Status').nextElementSibling).toHaveTextContent(
      'Active',
    );
    expect(screen.getByText('Standard').nextElementSibling).toHaveTextContent(
      'ODCS v3.1.0',
    );

    expect(
      screen.getByRole('heading', { level: 4, name: 'receivers' }),
    ).toBeInTheDocument();
    const receivers = screen.getByRole('table', {
      name: 'Properties of receivers',
    });
    // Logical type, required, primary key, classification, description.
    expect(cellsOf(rowOf(receivers, 'country_code'))).toEqual([
      'string',
      'Yes',
      'Yes (position 2)',
      'public',
      'Country code of the receiver',
    ]);
    expect(cellsOf(rowOf(receivers, 'receiver_type'))).toEqual([
      'string',
      'No',
      'No',
      'public',
      'Type of receiver (individual, business, etc.)',
    ]);
    expect(screen.getByText('4 properties')).toBeInTheDocument();

    const tbl = screen.getByRole('table', { name: 'Properties of tbl' });
    expect(cellsOf(rowOf(tbl, 'rcvr_id')).slice(0, 4)).toEqual([
      'string',
      'No',
      'Yes (position 1)',
      'restricted',
    ]);

    const quality = screen.getByRole('table', { name: 'Quality rules' });
    expect(cellsOf(rowOf(quality, 'tbl.rcvr_cntry_code'))).toEqual([
      'nullValues',
      'mustBe 0',
      'completeness',
      'error',
      'column should not contain null values',
    ]);
    expect(cellsOf(rowOf(quality, 'tbl')).slice(0, 2)).toEqual([
      'rowCount',
      'mustBeGreaterThan 1000000',
    ]);

    const sla = screen.getByRole('table', { name: 'SLA properties' });
    expect(cellsOf(rowOf(sla, 'retention'))).toEqual([
      '3 y',
      'tab1.txn_ref_dt',
      '',
      '',
    ]);

    const servers = screen.getByRole('table', { name: 'Servers' });
    expect(cellsOf(rowOf(servers, 'my-postgres'))).toEqual([
      'postgres',
      '',
      'host: localhostport: 5432database: pypl-edwschema: pp_access_views',
    ]);
  });

  it('lists nested properties and array items by their path, indented', async () => {
    await renderInTestApp(
      widget.component(odcsExampleText('schema/all-schema-types.odcs.yaml')),
    );
    const table = screen.getByRole('table', {
      name: 'Properties of AnotherObject',
    });
    const headers = within(table).getAllByRole('rowheader');
    expect(headers.map(header => header.textContent)).toEqual([
      'x',
      'x[]',
      'x[].id',
      'x[].zip',
    ]);
    expect(cellsOf(rowOf(table, 'x[]'))[0]).toBe('object');
    expect(cellsOf(rowOf(table, 'x[].zip'))[0]).toBe('string');
    expect(headers[3].style.paddingLeft).not.toBe(headers[0].style.paddingLeft);
    expect(screen.getByText('Standard').nextElementSibling).toHaveTextContent(
      'ODCS v3.0.2',
    );
  });

  it('pages a contract of thousands of properties and says how many it holds', async () => {
    await renderInTestApp(widget.component(largeOdcsContractText(3000)));

    // readContract keeps 200 per object by default; the table says so.
    expect(
      screen.getByText(
        "200 of 3000 properties shown; the contract's file has them all",
      ),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Properties of tbl' });
    const bodyRows = () => within(table).getAllByRole('row').slice(1);
    expect(bodyRows()).toHaveLength(PROPERTIES_PAGE_SIZE);
    expect(bodyRows()[0]).toHaveTextContent('transaction_reference_date_0');
    expect(
      screen.getByText(`Properties of tbl: 1–${PROPERTIES_PAGE_SIZE} of 200`),
    ).toBeInTheDocument();

    const next = screen.getByRole('button', {
      name: 'Next page of Properties of tbl',
    });
    const previous = screen.getByRole('button', {
      name: 'Previous page of Properties of tbl',
    });
    expect(previous).toBeDisabled();
    await userEvent.click(next);
    expect(bodyRows()[0]).toHaveTextContent(`_${PROPERTIES_PAGE_SIZE}`);
    expect(
      screen.getByText(
        `Properties of tbl: ${PROPERTIES_PAGE_SIZE + 1}–${
          2 * PROPERTIES_PAGE_SIZE
        } of 200`,
      ),
    ).toBeInTheDocument();

    // Every page, walked from the keyboard: the rows add up to the 200.
    let seen = 2 * PROPERTIES_PAGE_SIZE;
    while (!next.hasAttribute('disabled')) {
      next.focus();
      await userEvent.keyboard('{Enter}');
      seen += bodyRows().length;
    }
    expect(seen).toBe(200);
    expect(bodyRows().at(-1)).toHaveTextContent('rcvr_id_199');
    // The disabled button handed the focus on instead of dropping it.
    expect(previous).toHaveFocus();
  });

  it('explains text that is not a contract', async () => {
    await renderInTestApp(widget.component('schema: [\n'));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^The contract cannot be read\. The contract is not valid YAML or JSON: /,
    );
  });
});
