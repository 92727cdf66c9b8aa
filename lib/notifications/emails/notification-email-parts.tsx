import { Button, Heading, Section, Text } from "@react-email/components";
import { emailColors } from "./email-layout";

export const heading = { color: emailColors.text, fontSize: "20px", fontWeight: 600, lineHeight: "28px", margin: "0 0 12px" };
export const paragraph = { color: emailColors.text, fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" };

export function EmailHeading({ children }: { children: string }) {
  return <Heading style={heading}>{children}</Heading>;
}

export function EmailParagraph({ children }: { children: string }) {
  return <Text style={paragraph}>{children}</Text>;
}

/** The one thing to do, as a button; its address is also spelled out for clients that drop buttons. */
export function EmailAction({ href, label }: { href: string; label: string }) {
  return (
    <Section style={{ margin: "8px 0 0" }}>
      <Button href={href} style={{ backgroundColor: emailColors.brand, borderRadius: "6px", color: "#ffffff", fontSize: "14px", fontWeight: 600, padding: "10px 18px" }}>
        {label}
      </Button>
      <Text style={{ color: emailColors.muted, fontSize: "12px", lineHeight: "18px", margin: "12px 0 0", wordBreak: "break-all" }}>{href}</Text>
    </Section>
  );
}
