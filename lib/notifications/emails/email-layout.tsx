import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// Inline styles: mail clients ignore stylesheets. Colours are the app's brand and text tokens.
export const emailColors = { brand: "#1d7462", text: "#0f1d1b", muted: "#5a6a6e", border: "#e1e7e8", warning: "#8a5a00", warningBg: "#fff6e0" };

const body = { backgroundColor: "#f6f8f8", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" };
const card = { backgroundColor: "#ffffff", border: `1px solid ${emailColors.border}`, borderRadius: "8px", margin: "0 auto", maxWidth: "560px", padding: "28px 32px" };
const footer = { color: emailColors.muted, fontSize: "12px", lineHeight: "18px", margin: 0 };

/**
 * The frame of every mail: the brand line, the content, and a footer saying why it came and where
 * to change that. A mail to someone without an account (a deal-room guest) says why in `footerNote`.
 */
export function EmailLayout({ preview, settingsUrl, footerNote, children }: { preview: string; settingsUrl?: string; footerNote?: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          <Text style={{ color: emailColors.brand, fontSize: "13px", fontWeight: 700, letterSpacing: "0.04em", margin: "0 0 20px", textTransform: "uppercase" }}>
            SCR Platform
          </Text>
          {children}
          <Hr style={{ borderColor: emailColors.border, margin: "28px 0 16px" }} />
          <Section>
            <Text style={footer}>
              {footerNote ?? (
                <>
                  You receive this because of your notification settings on SCR Platform. <Link href={settingsUrl}>Change which mails you get</Link>.
                </>
              )}
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
