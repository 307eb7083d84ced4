import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { treatmentOptionsFixture } from '@/testing/fixtures';
import { jsonLdOfType, recordRequests, renderApp } from '@/testing/test-utils';

const [infusion] = treatmentOptionsFixture;

describe('/treatments', () => {
  it('groups every treatment by category, in the order ketamine therapy, other pain treatments, self-care', async () => {
    renderApp('/treatments');

    expect(await screen.findByRole('heading', { level: 1, name: 'Treatment options' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Ketamine therapy',
      'Other pain treatments',
      'Self-care',
    ]);
    const ketamine = screen.getByRole('region', { name: 'Ketamine therapy' });
    expect(within(ketamine).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Ketamine infusion therapy',
      'Esketamine nasal spray',
    ]);
    const selfCare = screen.getByRole('region', { name: 'Self-care' });
    expect(within(selfCare).getByRole('link', { name: 'Self-care for mood' })).toHaveAttribute(
      'href',
      '/treatments/self-care-for-mood',
    );
  });

  it('states for each treatment how it is given, its regulatory status, side effects and insurance', async () => {
    renderApp('/treatments');

    const heading = await screen.findByRole('heading', { level: 3, name: infusion!.name });
    const card = heading.closest('article')!;
    const terms = within(card).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['How it is given', 'Regulatory status', 'Common side effects', 'Insurance']);
    expect(within(card).getByText(infusion!.insuranceNote!)).toBeInTheDocument();
  });

  it('sets the page title', async () => {
    renderApp('/treatments');

    await waitFor(() => expect(document.title).toBe('Treatment options | Harbour Ketamine Clinic'));
  });
});

describe('/treatments/:slug', () => {
  it('shows the treatment with the sections How it is given, Regulatory status, Common side effects, Insurance', async () => {
    renderApp(`/treatments/${infusion!.slug}`);

    expect(await screen.findByRole('heading', { level: 1, name: infusion!.name })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'How it is given',
      'Regulatory status',
      'Common side effects',
      'Insurance',
    ]);
    expect(screen.getByRole('region', { name: 'Regulatory status' })).toHaveTextContent(infusion!.regulatoryStatus!);
    expect(
      screen.getByText('In ketamine infusion therapy, ketamine is given as an infusion into a vein (intravenously).'),
    ).toBeInTheDocument();
  });

  it('asks for one treatment by slug with explicit fields, including the description', async () => {
    const requests = recordRequests();
    renderApp(`/treatments/${infusion!.slug}`);
    await screen.findByRole('heading', { level: 1, name: infusion!.name });

    const [request] = requests.filter((url) => url.pathname === '/api/treatment-options');
    expect(request?.searchParams.get('filters[slug][$eq]')).toBe(infusion!.slug);
    expect([...request!.searchParams.entries()].filter(([key]) => key.startsWith('fields['))).toContainEqual([
      expect.stringMatching(/^fields\[\d+\]$/),
      'description',
    ]);
  });

  it('describes the page as a schema.org MedicalTherapy and sets its title', async () => {
    renderApp(`/treatments/${infusion!.slug}`);
    await screen.findByRole('heading', { level: 1, name: infusion!.name });

    expect(jsonLdOfType('MedicalTherapy')).toEqual([
      expect.objectContaining({
        '@context': 'https://schema.org',
        name: infusion!.name,
        description: infusion!.summary,
        howPerformed: infusion!.howGiven,
        legalStatus: infusion!.regulatoryStatus,
      }),
    ]);
    await waitFor(() => expect(document.title).toBe(`${infusion!.name} | Harbour Ketamine Clinic`));
  });

  it('shows the 404 page for a slug the CMS does not have', async () => {
    renderApp('/treatments/no-such-treatment');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
