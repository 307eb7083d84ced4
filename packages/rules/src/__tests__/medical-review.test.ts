import { describe, expect, it } from 'vitest';
import { missingMedicalReview } from '../index.js';

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
