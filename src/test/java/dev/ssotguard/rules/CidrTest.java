package dev.ssotguard.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CidrTest {
  @Test
  void readsAddressesAndNetworksWithoutResolvingAnything() {
    assertThat(Cidr.parse("0.0.0.0/0")).contains(new Cidr(false, 0));
    assertThat(Cidr.parse(" 203.0.113.7 ")).contains(new Cidr(false, 32));
    assertThat(Cidr.parse("10.0.0.0/8")).contains(new Cidr(false, 8));
    assertThat(Cidr.parse("::/0")).contains(new Cidr(true, 0));
    assertThat(Cidr.parse("2001:db8::/32")).contains(new Cidr(true, 32));
    assertThat(Cidr.parse("300.1.1.1")).isEmpty();
    assertThat(Cidr.parse("10.0.0.0/33")).isEmpty();
    assertThat(Cidr.parse("office.example.com")).isEmpty();
    assertThat(Cidr.parse("${var.office}")).isEmpty();
  }

  @Test
  void theLimitAppliesToIpv4AndEveryAddressIsAlwaysTooWide() {
    assertThat(new Cidr(false, 16).widerThan(24)).isTrue();
    assertThat(new Cidr(false, 24).widerThan(24)).isFalse();
    assertThat(new Cidr(false, 8).widerThan(1)).isFalse();
    assertThat(new Cidr(true, 0).widerThan(0)).isTrue();
    assertThat(new Cidr(true, 48).widerThan(24)).isFalse();
  }
}
