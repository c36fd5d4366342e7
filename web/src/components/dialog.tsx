import * as Dialog from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { t } from "../i18n/index.js";

/** A modal dialog: Radix traps focus inside and gives it back to what opened it. */
export function Modal({
  open,
  onOpenChange,
  title,
  description,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 bg-slate-900/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 max-h-[90vh] w-[min(34rem,92vw)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="mb-2 text-lg font-semibold">{title}</Dialog.Title>
          {description ? (
            <Dialog.Description className="mb-4 text-sm text-slate-700">
              {description}
            </Dialog.Description>
          ) : (
            <Dialog.Description className="sr-only">{title}</Dialog.Description>
          )}
          {children}
          <Dialog.Close
            className="absolute top-3 right-3 rounded px-2 text-slate-700 hover:bg-slate-100"
            aria-label={t("common.close")}
          >
            ×
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
