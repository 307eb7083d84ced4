import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PERMISSIONS } from '../constants';
import { PersonalDataPage } from './personal-data-page';
import { QueuePage } from './queue-page';

/** /plugins/moderation: the queue; /plugins/moderation/personal-data: export and erasure. */
export const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<QueuePage />} />
      <Route
        path="personal-data"
        element={
          <Page.Protect permissions={PERMISSIONS.privacy}>
            <PersonalDataPage />
          </Page.Protect>
        }
      />
      <Route path="*" element={<Page.NoData />} />
    </Routes>
  </Page.Protect>
);
