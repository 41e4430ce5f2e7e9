namespace ContactCenter.Domain.Customers;

public enum CustomerFieldType
{
    Text,
    Email,
    Phone,
    Number,
    Date,
    Choice,
}
