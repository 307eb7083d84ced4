import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { RequestPage } from './request-page';
import { RequestsPage } from './requests-page';

/** /plugins/front-desk: the list; /plugins/front-desk/requests/:documentId: one request. */
export const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<RequestsPage />} />
      <Route path="requests/:documentId" element={<RequestPage />} />
      <Route path="*" element={<Page.NoData />} />
    </Routes>
  </Page.Protect>
);
