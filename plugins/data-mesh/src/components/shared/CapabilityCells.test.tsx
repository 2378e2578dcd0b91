import { screen } from '@testing-library/react';
import { mockDataMeshApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { CapabilityStatusChip } from './CapabilityCells';

describe('CapabilityStatusChip', () => {
  it.each([
    ['available', 'Available'],
    ['beta', 'Beta'],
    ['building', 'Building'],
    ['planned', 'Planned'],
    ['deprecated', 'Deprecated'],
    ['not-offered', 'Not offered'],
  ])(
    'says %s in words and marks it with its own icon, not by colour alone',
    async (status, words) => {
      await renderWithApis(<CapabilityStatusChip status={status} />, {
        dataMeshApi: mockDataMeshApi(),
      });

      expect(screen.getByText(words)).toBeInTheDocument();
      const icon = screen.getByTestId(`status-icon-${status}`);
      // The words name the status; the icon is not read out twice.
      expect(icon).toHaveAttribute('aria-hidden', 'true');
    },
  );
});
