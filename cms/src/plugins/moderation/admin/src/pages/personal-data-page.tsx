import { BackButton, Layouts, Page } from '@strapi/strapi/admin';
import { EraseDialog } from '../components/erase-dialog';
import { PersonalDataForm } from '../components/personal-data-form';
import { QUEUE_PATH } from '../constants';
import { usePersonalData } from '../hooks/use-personal-data';

/**
 * Answers a person's data request, as WordPress's privacy tools do: export every comment
 * written with an email address and every consultation request sent with that address or a
 * phone number, or erase them (the comments' personal data, and their text if asked; the
 * requests are deleted).
 */
export const PersonalDataPage = () => {
  const { form, erase } = usePersonalData();
  return (
    <Page.Main>
      <Page.Title>Comment moderation - Personal data</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={QUEUE_PATH} />}
        title="Personal data"
        subtitle="Export or erase every comment written with an email address and every consultation request sent with that address or a phone number, to answer a person's access or erasure request."
      />
      <Layouts.Content>
        <PersonalDataForm {...form} />
        <EraseDialog {...erase} />
      </Layouts.Content>
    </Page.Main>
  );
};
