import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { articleFixture, cliniciansFixture, siteSettingsFixture } from '@/testing/fixtures';
import { cmsApi } from '@/testing/handlers';
import { server } from '@/testing/server';
import { jsonLdOfType, renderApp } from '@/testing/test-utils';

const [author, reviewer] = cliniciansFixture;
if (!author || !reviewer) throw new Error('the fixtures name two clinicians');
const origin = window.location.origin;

describe('the care team', () => {
  it('lists every clinician with their credentials, each linking to their page', async () => {
    renderApp('/team');
    expect(await screen.findByRole('heading', { level: 1, name: 'Our team' })).toBeInTheDocument();
    for (const clinician of cliniciansFixture) {
      expect(screen.getByRole('link', { name: clinician.name })).toHaveAttribute('href', `/team/${clinician.slug}`);
    }
    expect(screen.getAllByText('MD (sample credentials)')).toHaveLength(2);
  });

  it('leaves out a clinician who has no page yet (no slug)', async () => {
    server.use(
      http.get(cmsApi('/clinicians'), () =>
        HttpResponse.json({ data: [...cliniciansFixture, { ...author, documentId: 'noslugxxxxxxxxxxxxxxxxxx', name: 'Sample Without Page', slug: null }], meta: {} }),
      ),
    );
    renderApp('/team');
    await screen.findByRole('link', { name: author.name });
    expect(screen.queryByText('Sample Without Page')).not.toBeInTheDocument();
  });

  it("shows one clinician's bio, specialties and the articles they wrote", async () => {
    renderApp(`/team/${author.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: author.name })).toBeInTheDocument();
    expect(screen.getByText(author.shortBio)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Specialties' })).getByText('Sample specialty (placeholder)')).toBeInTheDocument();
    const written = screen.getByRole('region', { name: `Articles by ${author.name}` });
    expect(within(written).getByRole('link', { name: articleFixture.title })).toHaveAttribute('href', `/articles/${articleFixture.slug}`);
    expect(screen.queryByRole('region', { name: `Articles medically reviewed by ${author.name}` })).not.toBeInTheDocument();
  });

  it('lists the articles a medical reviewer reviewed', async () => {
    renderApp(`/team/${reviewer.slug}`);
    const reviewed = await screen.findByRole('region', { name: `Articles medically reviewed by ${reviewer.name}` });
    expect(within(reviewed).getByRole('link', { name: articleFixture.title })).toBeInTheDocument();
  });

  it('describes the clinician as a Person who works for the clinic, with the @id articles point to', async () => {
    renderApp(`/team/${reviewer.slug}`);
    await screen.findByRole('heading', { level: 1, name: reviewer.name });
    await waitFor(() => expect(jsonLdOfType('Person')).toHaveLength(1));
    expect(jsonLdOfType('Person')[0]).toMatchObject({
      '@id': `${origin}/team/${reviewer.slug}#person`,
      name: reviewer.name,
      jobTitle: reviewer.role,
      hasCredential: { '@type': 'EducationalOccupationalCredential', name: reviewer.credentials },
      worksFor: { '@type': 'MedicalClinic', '@id': `${origin}/#clinic`, name: siteSettingsFixture.clinicName },
    });
  });

  it('is a 404 for a slug no clinician has', async () => {
    renderApp('/team/nobody-here');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it("links the article's byline to the author's and the reviewer's pages, and its JSON-LD to their Person", async () => {
    renderApp(`/articles/${articleFixture.slug}`);
    expect(await screen.findByRole('link', { name: `${author.name}, ${author.credentials}` })).toHaveAttribute('href', `/team/${author.slug}`);
    expect(screen.getByRole('link', { name: `${reviewer.name}, ${reviewer.credentials}` })).toHaveAttribute('href', `/team/${reviewer.slug}`);
    await waitFor(() => expect(jsonLdOfType('MedicalWebPage')).toHaveLength(1));
    expect(jsonLdOfType('MedicalWebPage')[0]).toMatchObject({
      author: { '@id': `${origin}/team/${author.slug}#person` },
      reviewedBy: { '@id': `${origin}/team/${reviewer.slug}#person` },
    });
  });
});
