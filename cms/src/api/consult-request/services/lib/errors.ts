import { errors } from '@strapi/utils';

/** The same request (same person, same contact details, same message) is still open: 409. */
export class DuplicateRequestError extends errors.ApplicationError<'ConflictError'> {
  constructor() {
    super('You have already sent this request. The clinic will contact you about it.', {
      errors: [{ path: ['message'], message: 'The same request was already sent', name: 'ConflictError' }],
    });
    this.name = 'ConflictError';
  }
}
