import { describe, expect, it } from 'vitest';
import { missingMedicalReview, publishingBlockers } from '../index.js';

describe('the medical-review rule', () => {
  it('lets an article with a reviewer and a review date be published', () => {
    expect(missingMedicalReview({ medicalReviewer: { name: 'Sample' }, lastReviewedAt: '2026-11-02' })).toEqual([]);
  });

  it('names each missing field, in the order the editor sees them', () => {
    expect(missingMedicalReview({ medicalReviewer: null, lastReviewedAt: null }).map((field) => field.path)).toEqual([
      'medicalReviewer',
      'lastReviewedAt',
    ]);
    expect(missingMedicalReview({ medicalReviewer: { name: 'Sample' } }).map((field) => field.label)).toEqual(['no last-reviewed date']);
    expect(missingMedicalReview({ lastReviewedAt: '2026-11-02' }).map((field) => field.label)).toEqual(['no medical reviewer']);
  });
});

describe('the cover rule', () => {
  it('asks for an alternative text on a cover image, and nothing of an article without a cover', () => {
    expect(publishingBlockers({ medicalReviewer: {}, lastReviewedAt: '2026-11-02', cover: null })).toEqual([]);
    expect(publishingBlockers({ medicalReviewer: {}, lastReviewedAt: '2026-11-02', cover: { alternativeText: 'A treatment room' } })).toEqual([]);
    for (const alternativeText of [null, '', '   ']) {
      expect(publishingBlockers({ medicalReviewer: {}, lastReviewedAt: '2026-11-02', cover: { alternativeText } }).map((field) => field.path)).toEqual(['cover']);
    }
  });

  it('comes after the medical review, so an editor reads them in the order of the form', () => {
    expect(publishingBlockers({ cover: {} }).map((field) => field.label)).toEqual([
      'no medical reviewer',
      'no last-reviewed date',
      'the cover image has no alternative text',
    ]);
  });
});
