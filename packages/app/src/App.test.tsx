import { render } from '@testing-library/react';
import app from './App';

describe('App', () => {
  it('renders the sign-in page with the configured title and guest sign-in', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Data Mesh Portfolio test' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };

    const rendered = render(app.createRoot());

    // Without a signed-in user the app shows its sign-in page, which offers
    // the guest provider this portal is configured with.
    expect(
      await rendered.findByText('Data Mesh Portfolio test'),
    ).toBeInTheDocument();
    expect(await rendered.findAllByText(/guest user/i)).not.toHaveLength(0);
  });
});
