import { screen } from '@testing-library/react';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { RefSampleLinks } from './RefSampleLinks';

describe('RefSampleLinks', () => {
  it('lists each link on a line at least 24 px high and wide, to hit with a finger', async () => {
    await renderWithApis(
      <RefSampleLinks
        sample={{
          count: 3,
          sample: ['usecase:default/churn', 'usecase:default/checkout'],
        }}
        noun="use cases"
      />,
      { dataMeshApi: mockDataMeshApi() },
    );

    const links = screen.getAllByRole('link');
    expect(links.map(link => link.getAttribute('href'))).toEqual([
      '/catalog/default/usecase/churn',
      '/catalog/default/usecase/checkout',
    ]);
    // jsdom lays nothing out: what makes the target big is its style
    // (WCAG 2.2 SC 2.5.8 asks for 24 × 24 px).
    for (const link of links) {
      const style = getComputedStyle(link);
      expect(style.display).toBe('inline-block');
      expect(style.minHeight).toBe('24px');
      expect(style.minWidth).toBe('24px');
    }
    expect(screen.getByText('and 1 more')).toBeInTheDocument();
  });
});
