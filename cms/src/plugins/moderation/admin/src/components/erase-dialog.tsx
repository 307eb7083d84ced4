import { Button, Checkbox, Dialog, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import type { PersonalDataContact } from '../api';
import { whom } from '../utils/personal-data';

export interface EraseDialogProps {
  contact: PersonalDataContact;
  confirming: boolean;
  setConfirming: (open: boolean) => void;
  removeText: boolean;
  setRemoveText: (removeText: boolean) => void;
  isErasing: boolean;
  onErase: () => void;
}

/** Asks before erasing, naming whose data goes; with an address, offers to remove the comments' text too. */
export const EraseDialog = (props: EraseDialogProps) => {
  const { contact, confirming, setConfirming, removeText, setRemoveText, isErasing, onErase } = props;
  return (
    <Dialog.Root open={confirming} onOpenChange={setConfirming}>
      <Dialog.Content>
        <Dialog.Header>Erase personal data</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Typography tag="p" textAlign="center">
              {contact.email ? (
                <>
                  Anonymise every comment written with <b>{contact.email}</b> and delete every consultation request
                  sent with <b>{whom(contact)}</b>?
                </>
              ) : (
                <>
                  Delete every consultation request sent with <b>{contact.phone}</b>?
                </>
              )}{' '}
              This cannot be undone.
            </Typography>
            {contact.email ? (
              <Checkbox checked={removeText} onCheckedChange={(checked) => setRemoveText(checked === true)}>
                Also remove the comment text
              </Checkbox>
            ) : null}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              Cancel
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant="danger" loading={isErasing} onClick={onErase}>
            Erase
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
