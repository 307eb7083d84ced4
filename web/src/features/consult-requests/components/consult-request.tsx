import { useState } from 'react';
import { ConsultConfirmation } from '@/features/consult-requests/components/consult-confirmation';
import { ConsultRequestForm } from '@/features/consult-requests/components/consult-request-form';
import { UrgentHelp } from '@/features/consult-requests/components/urgent-help';

type Props = {
  phone: string;
  crisisText: string;
  confirmation: string;
  privacyHref: string;
};

/** What to do if it is urgent, and the request form; once the request is sent, the confirmation instead. */
export function ConsultRequest({ phone, crisisText, confirmation, privacyHref }: Props) {
  const [sent, setSent] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <div className="consult-request">
      {/* Always in the page, so what is written into it is read out. */}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {sent ? (
        <ConsultConfirmation confirmation={confirmation} phone={phone} crisisText={crisisText} />
      ) : (
        <>
          <UrgentHelp phone={phone} crisisText={crisisText} />
          <ConsultRequestForm
            phone={phone}
            privacyHref={privacyHref}
            announce={setStatus}
            onSent={() => {
              setStatus('Your request was sent.');
              setSent(true);
            }}
          />
        </>
      )}
    </div>
  );
}
