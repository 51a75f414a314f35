declare_rule! {
    /// ## What it does
    /// Reports input that is not valid UTF-8, including query values whose percent-encoding
    /// decodes to invalid UTF-8, at the first bad byte.
    ///
    /// ## Why
    /// JSON text must be UTF-8 (RFC 8259 §8.1) and the API signs and reads requests as UTF-8;
    /// a file saved in another encoding (GBK, Latin-1) garbles every non-ASCII name.
    ///
    /// ## Error code
    /// None: the request cannot be decoded at all.
    ///
    /// ## Example
    /// ```query invalid
    /// ServiceId=service-ody35h5e&ApiName=%C3%28
    /// ```
    /// ```query valid
    /// ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock&ApiName=%E4%BD%A0%E5%A5%BD
    /// ```
    ///
    /// ## Source
    /// RFC 8259 §8.1; RFC 3986 §2.5 (percent-encoded UTF-8).
    RULE {
        id: "invalid-utf8",
        severity: Error,
        error_code: None,
        summary: "The input is not valid UTF-8",
    }
}
