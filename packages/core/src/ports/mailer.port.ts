export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** Sends e-mail through the host's mail system. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
