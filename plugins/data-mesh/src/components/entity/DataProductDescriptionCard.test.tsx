import { screen } from '@testing-library/react';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { dataProductEntity } from '../../__testUtils__/entities';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { DataProductDescriptionCard } from './DataProductDescriptionCard';

const dataMeshApi = mockDataMeshApi();

function withDescription(description: Record<string, string>) {
  return {
    ...dataProductEntity,
    spec: { ...dataProductEntity.spec, description },
  };
}

/** The text right under a heading of the card. */
function textUnder(heading: string): string | null | undefined {
  return screen.getByRole('heading', { level: 3, name: heading })
    .nextElementSibling?.textContent;
}

describe('DataProductDescriptionCard', () => {
  it('shows the purpose, usage and limitations, each under its heading', async () => {
    await renderWithApis(<DataProductDescriptionCard />, {
      dataMeshApi,
      entity: withDescription({
        purpose: 'One row per order line with its current state and amounts.',
        usage: 'Reporting, analytics and model training on orders.',
        limitations:
          'Refreshed hourly;\ncancelled orders stay with status cancelled.',
      }),
    });

    expect(
      screen
        .getAllByRole('heading', { level: 3 })
        .map(heading => heading.textContent),
    ).toEqual(['Purpose', 'Usage', 'Limitations']);
    expect(textUnder('Purpose')).toBe(
      'One row per order line with its current state and amounts.',
    );
    expect(textUnder('Usage')).toBe(
      'Reporting, analytics and model training on orders.',
    );
    // A line break of a YAML block stays a line break.
    expect(textUnder('Limitations')).toBe(
      'Refreshed hourly;\ncancelled orders stay with status cancelled.',
    );
    expect(screen.queryByText(/no description yet/)).toBeNull();
  });

  it('says plainly when the product has no description', async () => {
    await renderWithApis(<DataProductDescriptionCard />, {
      dataMeshApi,
      entity: dataProductEntity,
    });

    expect(screen.getByText('Description')).toBeInTheDocument();
    expect(
      screen.getByText(/^This data product has no description yet\./),
    ).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 3 })).toEqual([]);
  });

  it('leaves out the parts a product does not state, and blank ones', async () => {
    await renderWithApis(<DataProductDescriptionCard />, {
      dataMeshApi,
      entity: withDescription({ usage: 'Join on order_id.', purpose: '  ' }),
    });

    expect(
      screen
        .getAllByRole('heading', { level: 3 })
        .map(heading => heading.textContent),
    ).toEqual(['Usage']);
    expect(textUnder('Usage')).toBe('Join on order_id.');
  });

  it('shows markup in the text as text', async () => {
    const payload =
      '<img src=x onerror="window.hacked=1"><a href="javascript:alert(1)">docs</a>';
    const { container } = await renderWithApis(<DataProductDescriptionCard />, {
      dataMeshApi,
      entity: withDescription({ purpose: payload }),
    });

    expect(textUnder('Purpose')).toBe(payload);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link', { name: 'docs' })).toBeNull();
  });
});
